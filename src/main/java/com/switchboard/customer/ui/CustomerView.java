package com.switchboard.customer.ui;

import com.switchboard.account.BillingSettings;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.customer.AppSettings;
import com.switchboard.base.ui.LiveUpdates;
import com.switchboard.base.ui.MainLayout;
import com.switchboard.base.ui.Notifications;
import com.switchboard.customer.CustomerAccessPolicy.Action;
import com.switchboard.customer.CustomerChange;
import com.switchboard.customer.CustomerChange.Channel;
import com.switchboard.customer.CustomerChanged;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerDetails.Crumb;
import com.switchboard.customer.CustomerEdit;
import com.switchboard.customer.CustomerNotFoundException;
import com.switchboard.customer.CustomerSchedules;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerEditing;
import com.switchboard.customer.StagingService;
import com.switchboard.customer.CustomerValidation;
import com.switchboard.customer.Tag;
import com.switchboard.customer.TagColor;
import com.switchboard.customer.TagService;
import com.switchboard.customer.live.CustomerChangeFeed;
import com.switchboard.schedule.Schedule;
import com.switchboard.security.Role;
import com.switchboard.security.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One customer: header with breadcrumb and the staging switch, and its sections in tabs. Editing is
 * buffered: Save writes every tab at once against the version the editor started from, Cancel
 * puts everything back, and a save that lost a race offers to re-apply or discard.
 */
@Route(value = "portal/customers/:customerId", layout = MainLayout.class)
@PermitAll
class CustomerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "customerId";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
    private static final String[] BILLING_COLUMNS = {"Base cost", "Raw unit multiplier", "Unit cost", "Allowance"};

    private final transient CustomerDirectory customers;
    private final transient StagingService stagingService;
    private final transient CustomerEditing editing;
    private final transient TagService tagService;
    private final transient CustomerSchedules schedules;
    private final transient AuthenticationContext authentication;

    private CustomerDetails details;
    private CustomerEdit base;
    private CustomerForm loaded;
    private Map<Action, String> refusals = Map.of();
    private Map<String, Tag> catalogue = Map.of();
    private String title = "Customer";

    final Div crumbs = new Div();
    final H2 name = new H2();
    final Span meta = new Span();
    final Checkbox staging = new Checkbox("Staging");
    final Span stagingBadge = new Span();
    final TabSheet tabs = new TabSheet();
    final TextField nameField = new TextField("Name");
    final TextField referenceId = new TextField("Reference id");
    final ComboBox<Crumb> parent = new ComboBox<>("Parent");
    final VerticalLayout children = new VerticalLayout();
    final MultiSelectComboBox<Tag> tags = new MultiSelectComboBox<>("Tags");
    final Div tagPreview = new Div();
    final Button manageTags = new Button("Manage tags", VaadinIcon.TAGS.create());
    final DataField data = new DataField();
    final IntegrationsField integrations = new IntegrationsField();
    final Checkbox overrideBilling = new Checkbox("Override billing settings");
    final Span billingSource = new Span();
    final NumberField[][] billing = new NumberField[CustomerForm.BILLING_ITEMS.size()][4];
    final Checkbox overrideApp = new Checkbox("Override app settings");
    final Span appSource = new Span();
    final Checkbox[] appFlags = new Checkbox[6];
    final TextField chakraTheme = new TextField("Theme");
    final TextField pageTitle = new TextField("Page title");
    final TextField logoutUrl = new TextField("Logout URL");
    final TextField portMyNumberUrl = new TextField("Port my number URL");
    final TextArea stringMappings = new TextArea("String mappings");
    final TextArea customCss = new TextArea("Custom CSS");
    final Grid<CustomerChange> history = new Grid<>();
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    final Button delete = new Button("Delete", VaadinIcon.TRASH.create());
    private final Binder<CustomerForm> binder = new Binder<>();
    private boolean settingStaging;
    /** Only staging flips happened since the form was filled: a save from its version cannot undo them. */
    private boolean onlyFlipsSinceShown;
    final ChangeNotice changeNotice = new ChangeNotice(this::showTheirs);

    final ScheduleEditor schedule;

    CustomerView(CustomerDirectory customers, StagingService stagingService, CustomerEditing editing, TagService tagService, CustomerSchedules schedules, Clock clock,
            AuthenticationContext authentication, CustomerChangeFeed feed) {
        this.customers = customers;
        this.stagingService = stagingService;
        this.editing = editing;
        this.tagService = tagService;
        this.schedules = schedules;
        this.authentication = authentication;
        this.schedule = new ScheduleEditor(new ScheduleEditor.Preview() {
            @Override
            public CustomerSchedules.State stateAt(Schedule candidate, Instant at) {
                return schedules.test(details.id(), candidate, at);
            }

            @Override
            public List<CustomerSchedules.Transition> transitions(Schedule candidate, Instant from, Instant to) {
                return schedules.transitions(details.id(), candidate, from, to);
            }

            @Override
            public CustomerDetails.Inherited<Schedule> inherited() {
                return details.customer().getParentCustomerId() == null ? new CustomerDetails.Inherited<>(null, null,
                        null) : schedules.inherited(details.id());
            }
        }, () -> details != null && details.customer().getParentCustomerId() != null, () -> clock);
        addClassName("customer-view");
        setSizeFull();
        tabs.addClassName("customer-tabs");
        buildFields();
        LiveUpdates.<CustomerChanged>whileAttached(this, listener -> feed.subscribe(listener)::cancel,
                this::changedElsewhere);
    }

    // ---- loading ----------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse("");
        try {
            show(customers.get(id));
        } catch (CustomerNotFoundException e) {
            showNotFound(id);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Switchboard";
    }

    private void showNotFound(String id) {
        removeAll();
        title = "Customer not found";
        VerticalLayout panel = new VerticalLayout(VaadinIcon.SEARCH_MINUS.create(), new H2("Customer not found"),
                new Paragraph("There is no customer '" + id + "' that you can see. It may have been deleted."));
        panel.addClassName("not-found");
        panel.setAlignItems(Alignment.CENTER);
        if (authentication.hasAnyRole(Role.ADMIN, Role.MANAGER)) {
            panel.add(new RouterLink("Back to the customers", CustomersView.class));
        }
        add(panel);
    }

    private void show(CustomerDetails shown) {
        details = shown;
        base = CustomerEdit.of(shown.customer());
        refusals = customers.refusals(shown.customer());
        catalogue = tagService.catalogue(shown.customer().getAccountId()).stream()
                .collect(Collectors.toMap(Tag::id, Function.identity()));
        loaded = CustomerForm.of(base, shown, catalogue, parentCrumb(shown));
        title = shown.customer().getName();
        onlyFlipsSinceShown = true;
        changeNotice.setVisible(false);
        removeAll();
        add(header(), changeNotice, tabs, actions());
        setFlexGrow(1, tabs);
        tags.setItems(catalogue.values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
        showChildren();
        applyPermissions();
        binder.readBean(loaded);
        schedule.present(loaded.schedule);
        showInherited();
        history.getDataProvider().refreshAll();
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private static Crumb parentCrumb(CustomerDetails d) {
        List<Crumb> line = d.breadcrumb();
        return line.size() < 2 ? null : line.get(line.size() - 2);
    }

    // ---- header -------------------------------------------------------------------------------------------

    private Component header() {
        crumbs.removeAll();
        crumbs.addClassName("crumbs");
        SignedInUser user = authentication.getAuthenticatedUser(SignedInUser.class).orElseThrow();
        List<Crumb> line = details.breadcrumb();
        int firstVisible = user.role() == Role.Customer
                ? Math.max(0, line.stream().map(Crumb::id).toList().indexOf(user.customerId())) : 0;
        if (user.role() != Role.Customer) {
            crumbs.add(new RouterLink("Customers", CustomersView.class), new Span("›"));
        }
        for (int i = 0; i < line.size() - 1; i++) {
            Crumb crumb = line.get(i);
            crumbs.add(i >= firstVisible
                    ? new RouterLink(crumb.name(), CustomerView.class, new RouteParameters(ID, crumb.id()))
                    : new Span(crumb.name()), new Span("›"));
        }
        crumbs.add(new Span(details.customer().getName()));

        name.setText(details.customer().getName());
        String reference = details.customer().getReferenceId();
        meta.setText(details.accountName() + (reference == null ? "" : " · " + reference));
        meta.addClassName("customer-meta");

        settingStaging = true;
        staging.setValue(details.customer().isStaging());
        settingStaging = false;
        stagingBadge.removeAll();
        stagingBadge.add(Badges.staging(details.customer().isStaging()));
        HorizontalLayout titleRow = new HorizontalLayout(name, stagingBadge);
        titleRow.setAlignItems(Alignment.CENTER);
        HorizontalLayout stagingRow = new HorizontalLayout(meta, staging);
        stagingRow.setAlignItems(Alignment.BASELINE);
        VerticalLayout header = new VerticalLayout(crumbs, titleRow, stagingRow);
        header.addClassName("customer-header");
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private void confirmStaging(boolean toStaging) {
        String customerName = details.customer().getName();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("staging-confirm");
        confirm.setHeader(toStaging ? "Move to staging?" : "Move to production?");
        confirm.setText("Route " + customerName + "'s numbers to the " + (toStaging ? "staging" : "production")
                + " server?");
        confirm.setCancelable(true);
        confirm.setConfirmText(toStaging ? "Route to staging" : "Route to production");
        confirm.addConfirmListener(e -> {
            try {
                long before = details.customer().getVersion();
                CustomerDetails flipped = stagingService.setStaging(details.id(), toStaging, Channel.UI);
                adoptFlip(flipped, before);
                Notifications.success(customerName + "'s numbers now route to " + (toStaging ? "staging" : "production"));
            } catch (CustomerNotFoundException | AccessDeniedException ex) {
                Notifications.error("The switch was refused: " + ex.getMessage());
            }
        });
        confirm.open();
    }

    /** Takes over a flip without losing edits in progress: only the staging flag and version changed. */
    private void adoptFlip(CustomerDetails flipped, long versionBefore) {
        boolean onlyOurs = flipped.customer().getVersion() <= versionBefore + 1;
        details = onlyOurs ? flipped : details;
        settingStaging = true;
        staging.setValue(flipped.customer().isStaging());
        settingStaging = false;
        stagingBadge.removeAll();
        stagingBadge.add(Badges.staging(flipped.customer().isStaging()));
        history.getDataProvider().refreshAll();
    }

    /**
     * Another user, the API or another instance changed this customer. A staging flip moves the switch
     * and adds to the history (the form holds no staging flag, so edits in progress stay valid).
     * Other changes: without unsaved edits the page shows the new version; with them the header and
     * history follow, the form keeps the edits, and a banner names the changed fields the viewer is
     * editing too.
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
        boolean flipOnly = change.fields().equals(Set.of("isStaging"));
        Set<String> unsaved = unsavedFields();
        if (unsaved.isEmpty() && !(flipOnly && onlyFlipsSinceShown)) {
            show(fresh);
            return;
        }
        onlyFlipsSinceShown &= flipOnly;
        if (onlyFlipsSinceShown) {
            details = fresh;
        }
        showStaging(fresh.customer().isStaging());
        history.getDataProvider().refreshAll();
        Set<String> clashing = new LinkedHashSet<>(change.fields());
        clashing.retainAll(unsaved);
        if (!clashing.isEmpty()) {
            changeNotice.show(change, clashing);
        }
    }

    /** The fields the viewer changed and has not saved. */
    private Set<String> unsavedFields() {
        CustomerForm edited = loaded.copy();
        binder.writeBeanAsDraft(edited, true);
        return ChangeNotice.edited(base, edited.toEdit());
    }

    private void showTheirs() {
        try {
            show(customers.get(details.id()));
        } catch (CustomerNotFoundException e) {
            showNotFound(details.id());
        }
    }

    private void showStaging(boolean isStaging) {
        settingStaging = true;
        staging.setValue(isStaging);
        settingStaging = false;
        stagingBadge.removeAll();
        stagingBadge.add(Badges.staging(isStaging));
    }

    // ---- fields and tabs ----------------------------------------------------------------------------

    private void buildFields() {
        staging.addClassName("staging-switch");
        staging.addValueChangeListener(e -> {
            if (!settingStaging && e.isFromClient()) {
                settingStaging = true;
                staging.setValue(e.getOldValue());
                settingStaging = false;
                confirmStaging(e.getValue());
            }
        });

        FieldRules.name(binder, nameField, f -> f.name, (f, v) -> f.name = v);
        FieldRules.referenceId(binder, referenceId, f -> f.referenceId, (f, v) -> f.referenceId = v);
        parent.setItemLabelGenerator(Crumb::name);
        parent.setPlaceholder("None: a top-level customer");
        parent.setClearButtonVisible(true);
        parent.setItems(query -> customers.parentCandidates(details.customer().getAccountId(), details.id(),
                query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        binder.forField(parent).bind(f -> f.parent, (f, v) -> f.parent = v);
        FormLayout general = new FormLayout(nameField, referenceId, parent);
        children.setPadding(false);
        children.addClassName("children");
        tabs.add("General", new VerticalLayout(general, children));

        tags.setItemLabelGenerator(Tag::name);
        tags.setWidth("28rem");
        tags.addValueChangeListener(e -> showTagPreview());
        binder.forField(tags).bind(f -> f.tags, (f, v) -> f.tags = new HashSet<>(v));
        manageTags.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        manageTags.addClickListener(e -> openTagCatalogue());
        tagPreview.addClassName("tag-preview");
        tabs.add("Tags", new VerticalLayout(tags, tagPreview, manageTags));

        binder.forField(data).withValidator((value, context) -> {
            String problem = data.problem();
            return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
        }).bind(f -> f.data, (f, v) -> f.data = v);
        tabs.add("Data", data);

        binder.forField(integrations).withValidator((value, context) -> {
            String problem = integrations.problem();
            return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
        }).bind(f -> f.integrations, (f, v) -> f.integrations = v);
        tabs.add("Integrations", integrations);

        binder.forField(schedule).withValidator((value, context) -> {
            String problem = schedule.problem();
            return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
        }).bind(f -> f.schedule, (f, v) -> f.schedule = v);
        tabs.add("Schedule", schedule);
        tabs.add("Billing", billingTab());
        tabs.add("App settings", appSettingsTab());
        tabs.add("History", historyTab());

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> {
            binder.readBean(loaded);
            schedule.present(loaded.schedule);
            showInherited();
            Notifications.success("Changes discarded");
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
    }

    private Component billingTab() {
        overrideBilling.addValueChangeListener(e -> showInherited());
        binder.forField(overrideBilling).bind(f -> f.overrideBilling, (f, v) -> f.overrideBilling = v);
        Div grid = new Div();
        grid.addClassName("billing-grid");
        grid.add(new Span("Item"));
        for (String column : BILLING_COLUMNS) {
            grid.add(new Span(column));
        }
        for (int i = 0; i < billing.length; i++) {
            grid.add(new Span(label(CustomerForm.BILLING_ITEMS.get(i))));
            for (int j = 0; j < 4; j++) {
                NumberField field = new NumberField();
                field.setMin(0);
                field.setAriaLabel(label(CustomerForm.BILLING_ITEMS.get(i)) + " " + BILLING_COLUMNS[j]);
                int row = i;
                int column = j;
                binder.forField(field).asRequired("Enter an amount")
                        .withValidator(v -> v >= 0 && Double.isFinite(v), "Must be 0 or more")
                        .bind(f -> f.billing[row][column], (f, v) -> f.billing[row][column] = v);
                billing[i][j] = field;
                grid.add(field);
            }
        }
        billingSource.addClassName("inherited-note");
        return new VerticalLayout(overrideBilling, billingSource, grid);
    }

    private Component appSettingsTab() {
        overrideApp.addValueChangeListener(e -> showInherited());
        binder.forField(overrideApp).bind(f -> f.overrideApp, (f, v) -> f.overrideApp = v);
        String[] labels = {"Phone number management", "Device management", "Dialer", "Call history", "Assistants",
                "Show file names in the message center"};
        for (int i = 0; i < appFlags.length; i++) {
            appFlags[i] = new Checkbox(labels[i]);
        }
        binder.forField(appFlags[0]).bind(f -> f.app.enablePhoneNumberManagement,
                (f, v) -> f.app.enablePhoneNumberManagement = v);
        binder.forField(appFlags[1]).bind(f -> f.app.enableDeviceManagement, (f, v) -> f.app.enableDeviceManagement = v);
        binder.forField(appFlags[2]).bind(f -> f.app.enableDialer, (f, v) -> f.app.enableDialer = v);
        binder.forField(appFlags[3]).bind(f -> f.app.enableCallHistory, (f, v) -> f.app.enableCallHistory = v);
        binder.forField(appFlags[4]).bind(f -> f.app.enableAssistants, (f, v) -> f.app.enableAssistants = v);
        binder.forField(appFlags[5]).bind(f -> f.app.showFileNameInMessageCenter,
                (f, v) -> f.app.showFileNameInMessageCenter = v);
        binder.forField(chakraTheme).bind(f -> f.app.chakraTheme, (f, v) -> f.app.chakraTheme = v);
        binder.forField(pageTitle).withValidator(v -> v.length() <= 200, "At most 200 characters")
                .bind(f -> f.app.pageTitle, (f, v) -> f.app.pageTitle = v);
        binder.forField(logoutUrl).withValidator(v -> v.isBlank() || CustomerValidation.isWebAddress(v.strip()),
                "Enter an http or https address").bind(f -> f.app.logoutUrl, (f, v) -> f.app.logoutUrl = v);
        binder.forField(portMyNumberUrl).withValidator(v -> v.isBlank() || CustomerValidation.isWebAddress(v.strip()),
                "Enter an http or https address").bind(f -> f.app.portMyNumberUrl, (f, v) -> f.app.portMyNumberUrl = v);
        binder.forField(stringMappings).bind(f -> f.app.stringMappings, (f, v) -> f.app.stringMappings = v);
        binder.forField(customCss).withValidator(v -> v.length() <= 100_000, "At most 100,000 characters")
                .bind(f -> f.app.customCss, (f, v) -> f.app.customCss = v);
        appSource.addClassName("inherited-note");
        FormLayout form = new FormLayout(appFlags);
        form.add(chakraTheme, pageTitle, logoutUrl, portMyNumberUrl, stringMappings, customCss);
        return new VerticalLayout(overrideApp, appSource, form);
    }

    private Component historyTab() {
        history.addColumn(c -> WHEN.format(c.changedAt())).setHeader("When").setAutoWidth(true);
        history.addColumn(CustomerChange::changedBy).setHeader("Who").setAutoWidth(true);
        history.addColumn(c -> c.channel().name()).setHeader("Via").setAutoWidth(true);
        history.addColumn(CustomerChange::field).setHeader("Field").setAutoWidth(true);
        history.addColumn(c -> abbreviate(c.oldValue()) + " → " + abbreviate(c.newValue())).setHeader("Change")
                .setFlexGrow(1);
        history.setItems(query -> details == null ? Stream.empty()
                : customers.history(details.id(), query.getPage(), query.getPageSize()).items().stream(),
                query -> details == null ? 0 : (int) customers.history(details.id(), 0, 1).totalCount());
        history.setSizeFull();
        return history;
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "—";
        }
        return value.length() > 120 ? value.substring(0, 117) + "…" : value;
    }

    private static String label(String camel) {
        String spaced = camel.replaceAll("([a-z])([A-Z])", "$1 $2").replace("Sms", "SMS").replace("ai ", "AI ");
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1).toLowerCase()
                .replace("sms", "SMS").replace("ai ", "AI ");
    }

    private Component actions() {
        HorizontalLayout actions = new HorizontalLayout(save, cancel, delete);
        actions.addClassName("customer-actions");
        return actions;
    }

    private void showChildren() {
        children.removeAll();
        List<Crumb> list = customers.children(details.id());
        if (!list.isEmpty()) {
            children.add(new H3("Children"));
            list.forEach(child -> children.add(
                    new RouterLink(child.name(), CustomerView.class, new RouteParameters(ID, child.id()))));
        }
    }

    private void showTagPreview() {
        tagPreview.removeAll();
        tags.getValue().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(t -> tagPreview.add(Badges.tag(t)));
    }

    /** While not overriding, the fields show the inherited values read-only, and where they come from. */
    private void showInherited() {
        boolean billingLocked = refusals.containsKey(Action.EDIT_BILLING);
        boolean ownBilling = overrideBilling.getValue();
        if (!ownBilling) {
            fillBilling(details.inheritedBilling().value());
        }
        for (NumberField[] row : billing) {
            for (NumberField field : row) {
                field.setReadOnly(!ownBilling || billingLocked);
            }
        }
        billingSource.setText(billingLocked ? refusals.get(Action.EDIT_BILLING)
                : ownBilling ? "This customer's own billing settings"
                : "Inherited from " + source(details.inheritedBilling(), "the account " + details.accountName()));

        boolean ownApp = overrideApp.getValue();
        if (!ownApp) {
            fillAppSettings(details.inheritedAppSettings().value());
        }
        for (Checkbox flag : appFlags) {
            flag.setReadOnly(!ownApp);
        }
        for (HasValue<?, ?> field : List.of(chakraTheme, pageTitle, logoutUrl, portMyNumberUrl, stringMappings,
                customCss)) {
            field.setReadOnly(!ownApp);
        }
        appSource.setText(ownApp ? "This customer's own app settings"
                : "Inherited from " + source(details.inheritedAppSettings(), "the system defaults"));
    }

    private void fillBilling(BillingSettings settings) {
        CustomerForm shown = new CustomerForm();
        shown.setBilling(settings);
        for (int i = 0; i < billing.length; i++) {
            for (int j = 0; j < 4; j++) {
                billing[i][j].setValue(shown.billing[i][j]);
            }
        }
    }

    private void fillAppSettings(AppSettings settings) {
        CustomerForm.AppSettingsForm shown = CustomerForm.AppSettingsForm.of(settings);
        boolean[] flags = {shown.enablePhoneNumberManagement, shown.enableDeviceManagement, shown.enableDialer,
                shown.enableCallHistory, shown.enableAssistants, shown.showFileNameInMessageCenter};
        for (int i = 0; i < appFlags.length; i++) {
            appFlags[i].setValue(flags[i]);
        }
        chakraTheme.setValue(shown.chakraTheme);
        pageTitle.setValue(shown.pageTitle);
        logoutUrl.setValue(shown.logoutUrl);
        portMyNumberUrl.setValue(shown.portMyNumberUrl);
        stringMappings.setValue(shown.stringMappings);
        customCss.setValue(shown.customCss);
    }

    private static String source(CustomerDetails.Inherited<?> inherited, String fallback) {
        return inherited.sourceCustomerId() == null ? fallback : inherited.sourceName();
    }

    private void applyPermissions() {
        String move = refusals.get(Action.MOVE);
        parent.setReadOnly(move != null);
        parent.setHelperText(move);
        String billingRefusal = refusals.get(Action.EDIT_BILLING);
        overrideBilling.setReadOnly(billingRefusal != null);
        manageTags.setVisible(!refusals.containsKey(Action.MANAGE_TAG_CATALOGUE));
        String deleteRefusal = refusals.get(Action.DELETE);
        delete.setEnabled(deleteRefusal == null);
        delete.setTooltipText(deleteRefusal);
        String flipRefusal = refusals.get(Action.FLIP_STAGING);
        staging.setEnabled(flipRefusal == null);
        staging.setHelperText(flipRefusal);
    }

    // ---- save, conflicts, delete ----------------------------------------------------------------------

    private void save() {
        CustomerForm edited = loaded.copy();
        if (!binder.writeBeanIfValid(edited)) {
            Notifications.error("Please correct the marked fields");
            return;
        }
        CustomerEdit mine = edited.toEdit();
        try {
            CustomerDetails saved = editing.update(details.id(), details.customer().getVersion(), mine, Channel.UI);
            show(saved);
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

    private void showConflict(CustomerEdit mine) {
        CustomerDetails theirs = customers.get(details.id());
        ConfirmDialog conflict = new ConfirmDialog();
        conflict.addClassName("conflict-dialog");
        conflict.setHeader("Someone else changed this customer");
        conflict.setText(theirs.customer().getLastModifiedBy() + " saved a newer version at "
                + WHEN.format(theirs.customer().getDateLastModified()) + " while you were editing. Your changes "
                + "were not saved.");
        conflict.setConfirmText("Reload and re-apply my changes");
        conflict.setRejectable(true);
        conflict.setRejectText("Discard my changes");
        conflict.setCancelable(true);
        conflict.setCancelText("Keep editing");
        conflict.addConfirmListener(e -> {
            CustomerEdit merged = CustomerEdit.reapply(base, mine, CustomerEdit.of(theirs.customer()));
            show(theirs);
            CustomerForm form = CustomerForm.of(merged, theirs, catalogue, merged.parentCustomerId() == null ? null
                    : new Crumb(merged.parentCustomerId(), parentName(merged.parentCustomerId(), theirs)));
            binder.readBean(form);
            schedule.present(form.schedule);
            showInherited();
            Notifications.success("Your changes are applied on top of the newer version: review them and save");
        });
        conflict.addRejectListener(e -> {
            show(theirs);
            Notifications.success("Reloaded the newer version");
        });
        conflict.open();
    }

    private String parentName(String parentId, CustomerDetails theirs) {
        Crumb current = parentCrumb(theirs);
        if (current != null && current.id().equals(parentId)) {
            return current.name();
        }
        try {
            return customers.get(parentId).customer().getName();
        } catch (CustomerNotFoundException e) {
            return parentId;
        }
    }

    private void showServiceError(ValidationException e) {
        String field = e.field() == null ? "" : e.field();
        switch (field) {
            case "name" -> invalid(nameField, e.getMessage(), 0);
            case "referenceId" -> invalid(referenceId, e.getMessage(), 0);
            case "parentCustomerId" -> {
                parent.setErrorMessage(e.getMessage());
                parent.setInvalid(true);
                tabs.setSelectedIndex(0);
            }
            default -> Notifications.error(e.getMessage());
        }
    }

    private void invalid(TextField field, String message, int tab) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        tabs.setSelectedIndex(tab);
    }

    private void confirmDelete() {
        String customerName = details.customer().getName();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("delete-confirm");
        confirm.setHeader("Delete " + customerName + "?");
        confirm.setText("The customer and its settings are removed. Its history is kept. This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                editing.delete(details.id(), details.customer().getVersion(), Channel.UI);
                Notifications.success(customerName + " deleted");
                List<Crumb> line = details.breadcrumb();
                if (line.size() > 1) {
                    UI.getCurrent().navigate(CustomerView.class, new RouteParameters(ID, line.get(line.size() - 2).id()));
                } else {
                    UI.getCurrent().navigate(CustomersView.class);
                }
            } catch (ValidationException | AccessDeniedException ex) {
                Notifications.error(ex.getMessage());
            } catch (OptimisticLockingFailureException ex) {
                Notifications.error(customerName + " was changed by someone else; reload before deleting it");
            }
        });
        confirm.open();
    }

    // ---- the tag catalogue -------------------------------------------------------------------------------

    private void openTagCatalogue() {
        String accountId = details.customer().getAccountId();
        TagCatalogueDialog dialog = new TagCatalogueDialog(tagService.catalogue(accountId), new TagCatalogueDialog.Actions() {
            @Override
            public Tag create(String tagName, TagColor color) {
                return tagService.create(accountId, tagName, color);
            }

            @Override
            public Tag update(Tag tag, String tagName, TagColor color) {
                return tagService.update(tag, tagName, color);
            }

            @Override
            public void delete(Tag tag) {
                tagService.delete(tag);
            }
        });
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                var selected = tags.getValue().stream().map(Tag::id).collect(Collectors.toSet());
                catalogue = tagService.catalogue(accountId).stream().collect(Collectors.toMap(Tag::id, Function.identity()));
                tags.setItems(catalogue.values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
                tags.setValue(selected.stream().map(catalogue::get).filter(t -> t != null).collect(Collectors.toSet()));
            }
        });
        dialog.open();
    }
}
