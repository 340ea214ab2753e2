package com.switchboard.customer.ui;

import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.ui.LiveUpdates;
import com.switchboard.base.ui.MainLayout;
import com.switchboard.base.ui.Notifications;
import com.switchboard.customer.CustomerAccessPolicy.Action;
import com.switchboard.customer.CustomerChange.Channel;
import com.switchboard.customer.CustomerChanged;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerDetails.Crumb;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerEdit;
import com.switchboard.customer.CustomerEditing;
import com.switchboard.customer.CustomerNotFoundException;
import com.switchboard.customer.CustomerSchedules;
import com.switchboard.customer.StagingService;
import com.switchboard.customer.Tag;
import com.switchboard.customer.TagService;
import com.switchboard.customer.live.CustomerChangeFeed;
import com.switchboard.security.Role;
import com.switchboard.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One customer: header with breadcrumb and the staging switch, its sections in tabs (the open one in
 * the address, {@code /portal/customers/{id}/{tab}}), and the action bar. Editing is buffered: Save
 * writes every tab at once against the version the editor started from, Cancel puts everything back,
 * leaving with unsaved changes asks first, and a save that lost a race offers to re-apply or discard.
 */
@Route(value = "portal/customers/:customerId/:tab?", layout = MainLayout.class)
@PermitAll
class CustomerView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String ID = "customerId";
    static final String TAB = "tab";

    private final transient CustomerDirectory customers;
    private final transient CustomerEditing editing;
    private final transient TagService tagService;
    private final transient AuthenticationContext authentication;

    private CustomerDetails details;
    private CustomerEdit base;
    private CustomerForm loaded;
    private Map<Action, String> refusals = Map.of();
    private Map<String, Tag> catalogue = Map.of();
    private String title = "Customer";

    private final Binder<CustomerForm> binder = new Binder<>();
    final UnsavedChanges changes;
    final StagingSwitch staging;
    final CustomerHeader header;
    final GeneralTab general;
    final TagsTab tags;
    final DataTab data;
    final IntegrationsTab integrations;
    final ScheduleTab schedule;
    final BillingTab billing;
    final AppSettingsTab appSettings;
    final HistoryTab history;
    final CustomerTabs tabs;
    final ActionBar actions;
    final ChangeNotice changeNotice = new ChangeNotice(this::showTheirs);
    /** Only staging flips happened since the form was read: a save from its version cannot undo them. */
    private boolean onlyFlipsSinceRead;

    CustomerView(CustomerDirectory customers, StagingService stagingService, CustomerEditing editing,
            TagService tagService, CustomerSchedules schedules, Clock clock, AuthenticationContext authentication,
            CustomerChangeFeed feed) {
        this.customers = customers;
        this.editing = editing;
        this.tagService = tagService;
        this.authentication = authentication;
        staging = new StagingSwitch(to -> stagingService.setStaging(details.id(), to, Channel.UI), this::adoptFlip,
                () -> clock);
        header = new CustomerHeader(staging);
        general = new GeneralTab(binder, (filter, limit) -> customers.parentCandidates(
                details.customer().getAccountId(), details.id(), filter, limit));
        tags = new TagsTab(binder, this::openTagCatalogue);
        data = new DataTab(binder);
        integrations = new IntegrationsTab(binder);
        schedule = new ScheduleTab(binder, new CustomerSchedulePreview(schedules, () -> details).editor(clock));
        billing = new BillingTab(binder);
        appSettings = new AppSettingsTab(binder);
        history = new HistoryTab((page, size) -> customers.history(details.id(), page, size));
        tabs = new CustomerTabs(List.of(general, tags, data, integrations, schedule, billing, appSettings, history),
                key -> UI.getCurrent().getPage().getHistory().replaceState(null, location(key)));
        actions = new ActionBar(this::save, this::cancel, this::confirmDelete);
        changes = new UnsavedChanges(binder, this, actions::setDirty);
        addClassName("customer-view");
        setSizeFull();
        LiveUpdates.<CustomerChanged>whileAttached(this, listener -> feed.subscribe(listener)::cancel,
                this::changedElsewhere);
    }

    // ---- loading ----------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse("");
        try {
            refresh(customers.get(id));
            tabs.select(event.getRouteParameters().get(TAB).orElse(null));
        } catch (CustomerNotFoundException e) {
            showNotFound(id);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (changes.isDirty()) {
            BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
            UnsavedChanges.confirmLeaving(details.customer().getName(), () -> {
                changes.forget();
                action.proceed();
            }, action::cancel).open();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Switchboard";
    }

    private String location(String tabKey) {
        return "portal/customers/" + details.id() + "/" + tabKey;
    }

    private void showNotFound(String id) {
        changes.forget();
        removeAll();
        title = "Customer not found";
        VerticalLayout panel = new VerticalLayout(VaadinIcon.SEARCH_MINUS.create(), new H1(title), new Paragraph(
                "There is no customer '" + id + "' that you can see. It may have been deleted."));
        panel.addClassName("not-found");
        panel.setAlignItems(Alignment.CENTER);
        if (authentication.hasAnyRole(Role.ADMIN, Role.MANAGER)) {
            panel.add(new RouterLink("Back to the customers", CustomersView.class));
        }
        add(panel);
    }

    /**
     * Shows the customer's fresh state everywhere on the page: header, switch, every tab, history and
     * what the user may do. Edits in progress are replaced.
     */
    void refresh(CustomerDetails shown) {
        details = shown;
        base = CustomerEdit.of(shown.customer());
        refusals = customers.refusals(shown.customer());
        catalogue = tagService.catalogue(shown.customer().getAccountId()).stream()
                .collect(Collectors.toMap(Tag::id, Function.identity()));
        loaded = CustomerForm.of(base, shown, catalogue, parentCrumb(shown));
        title = shown.customer().getName();
        onlyFlipsSinceRead = true;
        changeNotice.setVisible(false);
        removeAll();
        add(header, changeNotice, tabs, actions);
        setFlexGrow(1, tabs);
        header.show(shown, authentication.getAuthenticatedUser(SignedInUser.class).orElseThrow());
        tags.setCatalogue(catalogue.values(), false);
        List<Crumb> children = customers.children(shown.id());
        general.showChildren(children);
        applyPermissions(children.size());
        readForm(loaded);
        history.refresh();
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private void readForm(CustomerForm form) {
        binder.readBean(form);
        schedule.schedule.present(form.schedule);
        billing.setInherited(details.inheritedBilling(), details.accountName(), refusals.get(Action.EDIT_BILLING));
        appSettings.setInherited(details.inheritedAppSettings());
        tabs.clearErrors();
        changes.reset(form);
    }

    private static Crumb parentCrumb(CustomerDetails d) {
        List<Crumb> line = d.breadcrumb();
        return line.size() < 2 ? null : line.get(line.size() - 2);
    }

    private void applyPermissions(int childCount) {
        general.allowMove(refusals.get(Action.MOVE));
        tags.manageTags.setVisible(!refusals.containsKey(Action.MANAGE_TAG_CATALOGUE));
        String deleteRefusal = refusals.get(Action.DELETE);
        actions.refuseDelete(deleteRefusal != null ? deleteRefusal : childCount > 0 ? childrenRefusal(childCount) : null);
        staging.refuse(refusals.get(Action.FLIP_STAGING));
    }

    private static String childrenRefusal(int count) {
        return "Has " + count + (count == 1 ? " child" : " children") + ": move or delete " + (count == 1 ? "it" : "them")
                + " first";
    }

    /** Takes over a flip without losing edits in progress: only the staging flag and version changed. */
    private void adoptFlip(CustomerDetails flipped) {
        if (flipped.customer().getVersion() <= details.customer().getVersion() + 1) {
            details = flipped;
        }
        history.refresh();
    }

    /**
     * Another user, the API or another instance changed this customer. A staging flip moves the switch
     * and adds to the history (the form holds no staging flag, so edits in progress stay valid). Other
     * changes: without unsaved edits the page shows the new version; with them the header and history
     * follow, the form keeps the edits, and a banner names the changed fields the viewer is editing too.
     */
    private void changedElsewhere(CustomerChanged change) {
        if (details == null || !change.customerId().equals(details.id())) {
            return;
        }
        CustomerDetails fresh;
        try {
            fresh = customers.get(details.id());
        } catch (CustomerNotFoundException e) {
            showNotFound(details.id());
            return;
        }
        if (fresh.customer().getVersion() == details.customer().getVersion()) {
            return;
        }
        boolean flipOnly = change.fields().equals(Set.of(CustomerField.STAGING.key));
        Set<String> unsaved = changes.isDirty() ? ChangeNotice.edited(base, changes.draft().toEdit()) : Set.of();
        if (unsaved.isEmpty() && !(flipOnly && onlyFlipsSinceRead)) {
            refresh(fresh);
            return;
        }
        onlyFlipsSinceRead &= flipOnly;
        if (onlyFlipsSinceRead) {
            details = fresh;
        }
        header.show(fresh, authentication.getAuthenticatedUser(SignedInUser.class).orElseThrow());
        history.refresh();
        Set<String> clashing = new LinkedHashSet<>(change.fields());
        clashing.retainAll(unsaved);
        if (!clashing.isEmpty()) {
            changeNotice.show(change, clashing);
        }
    }

    private void showTheirs() {
        try {
            refresh(customers.get(details.id()));
        } catch (CustomerNotFoundException e) {
            showNotFound(details.id());
        }
    }

    // ---- save, cancel, conflicts, delete ----------------------------------------------------------------

    private void save() {
        CustomerForm edited = loaded.copy();
        tabs.clearErrors();
        var status = binder.validate();
        if (!status.isOk() || !binder.writeBeanIfValid(edited)) {
            tabs.markErrors(status.getFieldValidationErrors().stream()
                    .map(error -> (Component) error.getField()).toList());
            Notifications.error("Please correct the marked fields");
            return;
        }
        CustomerEdit mine = edited.toEdit();
        try {
            refresh(editing.update(details.id(), details.customer().getVersion(), mine, Channel.UI));
            Notifications.success("Saved");
        } catch (OptimisticLockingFailureException e) {
            showConflict(mine);
        } catch (ValidationException e) {
            showServiceError(e);
        } catch (AccessDeniedException e) {
            Notifications.error(e.getMessage());
        } catch (CustomerNotFoundException e) {
            showNotFound(details.id());
        }
    }

    private void cancel() {
        readForm(loaded);
        Notifications.success("Changes discarded");
    }

    private void showConflict(CustomerEdit mine) {
        CustomerDetails theirs = customers.get(details.id());
        CustomerEdit theirEdit = CustomerEdit.of(theirs.customer());
        new ConflictDialog(theirs.customer().getLastModifiedBy(),
                HistoryTab.WHEN.format(theirs.customer().getDateLastModified()), base, mine, theirEdit,
                new FieldText(catalogue, customers), () -> {
                    CustomerEdit merged = CustomerEdit.reapply(base, mine, theirEdit);
                    refresh(theirs);
                    CustomerForm form = CustomerForm.of(merged, theirs, catalogue, merged.parentCustomerId() == null
                            ? null : new Crumb(merged.parentCustomerId(), new FieldText(catalogue, customers)
                                    .apply(CustomerField.PARENT, merged.parentCustomerId())));
                    binder.readBean(form);
                    schedule.schedule.present(form.schedule);
                    billing.showInherited();
                    appSettings.showInherited();
                    changes.update();
                    Notifications.success("Your changes are applied on top of the newer version: review them and save");
                }, () -> {
                    refresh(theirs);
                    Notifications.success("Reloaded the newer version");
                }).open();
    }

    private void showServiceError(ValidationException e) {
        String field = e.field() == null ? "" : e.field();
        var target = switch (field) {
            case "name" -> general.nameField;
            case "referenceId" -> general.referenceId;
            case "parentCustomerId" -> general.parent;
            default -> null;
        };
        if (target == null) {
            Notifications.error(e.getMessage());
            return;
        }
        target.setErrorMessage(e.getMessage());
        target.setInvalid(true);
        tabs.markErrors(List.of(target));
    }

    private void confirmDelete() {
        int children = customers.children(details.id()).size();
        if (children > 0) {
            actions.refuseDelete(childrenRefusal(children));
            Notifications.error(details.customer().getName() + ": " + childrenRefusal(children).toLowerCase());
            return;
        }
        String customerName = details.customer().getName();
        ActionBar.confirmDelete(customerName, () -> delete(customerName)).open();
    }

    private void delete(String customerName) {
        try {
            editing.delete(details.id(), details.customer().getVersion(), Channel.UI);
            Notifications.success(customerName + " deleted");
            changes.forget();
            Crumb parent = parentCrumb(details);
            if (parent != null) {
                UI.getCurrent().navigate(CustomerView.class, new RouteParameters(ID, parent.id()));
            } else {
                UI.getCurrent().navigate(CustomersView.class);
            }
        } catch (ValidationException | AccessDeniedException ex) {
            Notifications.error(ex.getMessage());
        } catch (OptimisticLockingFailureException ex) {
            Notifications.error(customerName + " was changed by someone else; reload before deleting it");
        }
    }

    private void openTagCatalogue() {
        String accountId = details.customer().getAccountId();
        TagCatalogueDialog dialog = new TagCatalogueDialog(tagService.catalogue(accountId),
                new TagCatalogueActions(tagService, accountId));
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                catalogue = tagService.catalogue(accountId).stream().collect(Collectors.toMap(Tag::id, Function.identity()));
                tags.setCatalogue(catalogue.values(), true);
            }
        });
        dialog.open();
    }
}
