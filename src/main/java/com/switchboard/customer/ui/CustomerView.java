package com.switchboard.customer.ui;

import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.ui.MainLayout;
import com.switchboard.base.ui.Notifications;
import com.switchboard.customer.CustomerAccessPolicy.Action;
import com.switchboard.base.domain.Channel;
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
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.switchboard.account.CustomerFieldSchema;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One customer: header with breadcrumb and the staging switch, its sections in tabs (the open one in
 * the address, {@code /portal/customers/{id}/{tab}}), and the action bar. Editing is buffered: Save
 * writes every tab at once against the version the editor started from, Cancel puts everything back,
 * leaving with unsaved changes asks first, and a save that lost a race offers to re-apply or discard.
 * Changes made elsewhere come in through {@link ChangesElsewhere}; Delete is {@link CustomerDeletion}.
 */
@Route(value = "portal/customers/:customerId/:tab?", layout = MainLayout.class)
@PermitAll
class CustomerView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle, ChangesElsewhere.Page {

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
    final ChangeNotice changeNotice;
    private final ChangesElsewhere elsewhere;
    private final CustomerDeletion deletion;

    CustomerView(CustomerDirectory customers, StagingService stagingService, CustomerEditing editing,
            TagService tagService, CustomerSchedules schedules, Clock clock, AuthenticationContext authentication,
            CustomerChangeFeed feed, CustomerFieldSchema schema) {
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
        data = new DataTab(binder, schema::read);
        integrations = new IntegrationsTab(binder);
        schedule = new ScheduleTab(binder, new CustomerSchedulePreview(schedules, () -> details).editor(clock));
        billing = new BillingTab(binder);
        appSettings = new AppSettingsTab(binder);
        history = new HistoryTab((page, size) -> customers.history(details.id(), page, size));
        tabs = new CustomerTabs(List.of(general, tags, data, integrations, schedule, billing, appSettings, history),
                key -> UI.getCurrent().getPage().getHistory().replaceState(null, location(key)));
        actions = new ActionBar(this::save, this::cancel, this::confirmDelete);
        changes = new UnsavedChanges(binder, this, actions::setDirty);
        deletion = new CustomerDeletion(customers, editing, actions, () -> details, changes::forget);
        elsewhere = new ChangesElsewhere(this, feed, customers, changes, this);
        changeNotice = elsewhere.notice;
        addClassName("customer-view");
        setSizeFull();
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

    @Override
    public void showNotFound(String id) {
        changes.forget();
        removeAll();
        title = CustomerNotFound.TITLE;
        add(new CustomerNotFound(id, authentication.hasAnyRole(Role.ADMIN, Role.MANAGER)));
    }

    /**
     * Shows the customer's fresh state everywhere on the page: header, switch, every tab, history and
     * what the user may do. Edits in progress are replaced.
     */
    @Override
    public void refresh(CustomerDetails shown) {
        details = shown;
        base = CustomerEdit.of(shown.customer());
        refusals = customers.refusals(shown.customer());
        catalogue = byId(tagService.catalogue(shown.customer().getAccountId()));
        tags.settings.setHref(SettingsView.location(shown.customer().getAccountId()));
        loaded = CustomerForm.of(base, shown, catalogue, shown.parent());
        title = shown.customer().getName();
        elsewhere.read();
        removeAll();
        add(header, changeNotice, tabs, actions);
        setFlexGrow(1, tabs);
        header.show(shown, authentication.getAuthenticatedUser(SignedInUser.class).orElseThrow());
        tags.setCatalogue(catalogue.values(), false);
        List<Crumb> children = customers.children(shown.id());
        general.showChildren(children);
        applyPermissions(children.size());
        data.showSchemaOf(shown.customer().getAccountId());
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

    private void applyPermissions(int childCount) {
        general.allowMove(refusals.get(Action.MOVE));
        tags.manageTags.setVisible(!refusals.containsKey(Action.MANAGE_TAG_CATALOGUE));
        deletion.refuse(refusals.get(Action.DELETE), childCount);
        staging.refuse(refusals.get(Action.FLIP_STAGING));
    }

    /** Takes over a flip without losing edits in progress: only the staging flag and version changed. */
    private void adoptFlip(CustomerDetails flipped) {
        if (flipped.customer().getVersion() <= details.customer().getVersion() + 1) {
            details = flipped;
        }
        history.refresh();
    }

    @Override
    public CustomerDetails shown() {
        return details;
    }

    @Override
    public CustomerEdit base() {
        return base;
    }

    @Override
    public void follow(CustomerDetails fresh, boolean read) {
        if (read) {
            details = fresh;
        }
        header.show(fresh, authentication.getAuthenticatedUser(SignedInUser.class).orElseThrow());
        history.refresh();
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
        general.markInvalid(e.field(), e.getMessage()).ifPresentOrElse(field -> tabs.markErrors(List.of(field)),
                () -> Notifications.error(e.getMessage()));
    }

    private void confirmDelete() {
        deletion.confirm();
    }

    private void openTagCatalogue() {
        new TagCatalogueActions(tagService, details.customer().getAccountId()).edit(list -> {
            catalogue = byId(list);
            tags.setCatalogue(catalogue.values(), true);
        });
    }

    private static Map<String, Tag> byId(List<Tag> tags) {
        return tags.stream().collect(Collectors.toMap(Tag::id, Function.identity()));
    }
}
