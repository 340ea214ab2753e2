package com.switchboard.customer.ui;

import com.switchboard.account.Account;
import com.switchboard.account.CustomerField;
import com.switchboard.account.CustomerFieldSchema;
import com.switchboard.base.ui.LiveUpdates;
import com.switchboard.base.ui.MainLayout;
import com.switchboard.customer.CustomerChanged;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerEditing;
import com.switchboard.customer.CustomerExport;
import com.switchboard.customer.CustomerFilter;
import com.switchboard.customer.CustomerNotFoundException;
import com.switchboard.customer.CustomerSchedules;
import com.switchboard.customer.StagingService;
import com.switchboard.customer.Tag;
import com.switchboard.customer.TagService;
import com.switchboard.customer.live.CustomerChangeFeed;
import com.switchboard.preference.Preference;
import com.switchboard.preference.UserPreferences;
import com.switchboard.security.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.task.TaskExecutor;

/**
 * The customers the user reaches (a customer user: its own subtree): searched, filtered and sorted
 * in SQL, browsed by drilling into children (each level a history entry, so Back walks back up),
 * moved to staging or production in bulk, exported as CSV. Every filter is in the URL.
 */
@Route(value = "portal/customers", layout = MainLayout.class)
@PageTitle("Customers · Switchboard")
@Menu(order = 1, icon = "vaadin:users", title = "Customers")
@RolesAllowed({Role.ADMIN, Role.MANAGER, Role.CUSTOMER})
class CustomersView extends VerticalLayout implements BeforeEnterObserver {

    static final int COUNT_CAP = 1_000;
    /** Narrower windows get the phone layout. */
    static final int PHONE_WIDTH = 700;

    private final transient CustomerDirectory customers;
    private final transient CustomerEditing editing;
    private final transient CustomerExport csvExport;
    private final transient UserPreferences preferences;
    private final BulkStaging bulk;

    final CustomerFilters filters;
    final CustomerGrid grid;
    final ColumnPicker columns;
    final Button moveToStaging = new Button("Move to staging", VaadinIcon.FLASK.create());
    final Button moveToProduction = new Button("Move to production", VaadinIcon.CHECK_CIRCLE_O.create());
    final Button selectAllMatching = new Button();
    final Button newCustomer = new Button("New customer", VaadinIcon.PLUS.create());
    final Div emptyState = new Div();
    final Span count = new Span();
    private final Span selection = new Span();
    private final DrillCrumbs crumbs;

    private String parentId;
    private volatile CustomerFilter currentFilter = CustomerFilter.ALL;
    private long matching;

    CustomersView(CustomerDirectory customers, StagingService staging, CustomerEditing editing,
            CustomerExport csvExport, TagService tagService, CustomerSchedules schedules, TaskExecutor executor,
            UserPreferences preferences, Clock clock, AuthenticationContext authentication, CustomerChangeFeed feed,
            CustomerFieldSchema schema) {
        this.customers = customers;
        this.editing = editing;
        this.csvExport = csvExport;
        this.preferences = preferences;
        addClassName("customers-view");
        setSizeFull();

        List<Account> accounts = customers.visibleAccounts();
        Map<String, List<Tag>> catalogues = accounts.stream()
                .collect(Collectors.toMap(Account::id, a -> tagService.catalogue(a.id())));
        filters = new CustomerFilters(accounts, catalogues);
        filters.onChange(this::applyFilters);
        grid = new CustomerGrid(customers, schedules, () -> currentFilter,
                new RelativeTime(clock, ZoneId.systemDefault()), authentication.hasRole(Role.ADMIN), this::open,
                this::drillInto);
        grid.setHidden(preferences.get(Preference.CUSTOMERS_HIDDEN_COLUMNS)
                .map(v -> Arrays.stream(v.split(",")).filter(k -> !k.isBlank()).collect(Collectors.toSet()))
                .orElse(Set.of()));
        grid.addDataColumns(List.copyOf(accounts.stream().flatMap(a -> schema.read(a.id()).fields().stream())
                .filter(CustomerField::showInGrid).collect(Collectors.toMap(CustomerField::name, f -> f,
                        (first, same) -> first, java.util.LinkedHashMap::new)).values()));
        columns = new ColumnPicker(grid, hidden -> preferences.set(Preference.CUSTOMERS_HIDDEN_COLUMNS,
                hidden.stream().sorted().collect(Collectors.joining(","))));
        crumbs = new DrillCrumbs(this::paramsUnder);
        bulk = new BulkStaging(staging, executor, () -> {
            grid.deselectAll();
            grid.reload();
            showCount();
        });

        moveToStaging.addClickListener(e -> bulk.confirm(List.copyOf(grid.getSelectedItems()), true));
        moveToProduction.addClickListener(e -> bulk.confirm(List.copyOf(grid.getSelectedItems()), false));
        selectAllMatching.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        selectAllMatching.addClassName("select-all-matching");
        selectAllMatching.addClickListener(e -> selectAllMatching());
        newCustomer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCustomer.addClickListener(e -> NewCustomerFlow.open(customers, editing, filters.account.getValue(), parentId,
                this::open));
        newCustomer.setVisible(!customers.manageableAccounts().isEmpty());
        grid.addSelectionListener(e -> showSelection());

        Anchor export = new Anchor((DownloadHandler) this::exportCsv, "");
        export.getElement().setAttribute("download", true);
        export.addClassName("export-csv");
        export.add(new Span("Export CSV"));
        export.getElement().setAttribute("router-ignore", true);

        count.addClassName("customer-count");
        selection.addClassName("selection-count");
        Div actions = new Div(newCustomer, moveToStaging, moveToProduction, selectAllMatching, selection, export,
                columns, count);
        actions.addClassNames("toolbar", "action-bar");
        emptyState.addClassName("empty-state");
        emptyState.setVisible(false);

        add(new H1("Customers"), filters, crumbs, actions, emptyState, grid);
        setFlexGrow(1, grid);
        showSelection();
        LiveUpdates.<CustomerChanged>whileAttached(this, listener -> feed.subscribe(listener)::cancel,
                this::changedElsewhere);
    }

    /** A customer changed anywhere: its row, when shown, follows; a created or deleted one reloads the list. */
    private void changedElsewhere(CustomerChanged change) {
        CustomerRow shown = new CustomerRow(change.customerId(), null, null, null, null, null, List.of(), false, null);
        if (change.deleted() || change.fields().contains("created")) {
            grid.reload();
            showCount();
        } else if (grid.getDataCommunicator().getKeyMapper().has(shown)) {
            try {
                grid.refreshRow(change.customerId());
            } catch (CustomerNotFoundException e) {
                grid.reload();
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> layoutFor(details.getWindowInnerWidth()));
        page.addBrowserWindowResizeListener(e -> layoutFor(e.getWidth()));
    }

    private void layoutFor(int width) {
        boolean phone = width > 0 && width < PHONE_WIDTH;
        grid.setCompact(phone);
        columns.setVisible(!phone);
        showSelection();
    }

    // ---- filters, drill levels and the URL --------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        filters.read(params);
        String parent = CustomerFilters.first(params, "parent");
        parentId = parent.isEmpty() ? null : parent;
        refresh();
    }

    /** The query parameters of the list under {@code parent} (null: the top) with today's filters. */
    private QueryParameters paramsUnder(String parent) {
        Map<String, String> params = new LinkedHashMap<>();
        filters.write(params);
        if (parent != null) {
            params.put("parent", parent);
        }
        return QueryParameters.simple(params);
    }

    /** One level down: a new history entry, so Back comes back here. The text search is cleared. */
    private void drillInto(String customerId) {
        filters.clearSearchQuietly();
        UI.getCurrent().navigate(CustomersView.class, paramsUnder(customerId));
    }

    /** A filter changed: the same level, so the URL is replaced rather than pushed. */
    private void applyFilters() {
        refresh();
        String url = RouteConfiguration.forSessionScope().getUrl(CustomersView.class);
        String query = paramsUnder(parentId).getQueryString();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, query.isEmpty() ? url : url + "?" + query));
    }

    private void refresh() {
        currentFilter = filters.filter(parentId);
        showCrumbs();
        grid.deselectAll();
        grid.reload();
        showCount();
    }

    private void showCrumbs() {
        if (parentId == null) {
            crumbs.show(List.of());
            return;
        }
        try {
            crumbs.show(customers.get(parentId).breadcrumb());
        } catch (RuntimeException e) {
            parentId = null;
            currentFilter = filters.filter(null);
            crumbs.show(List.of());
        }
    }

    /** The number of matches, exact up to {@value #COUNT_CAP} (the grid itself never counts). */
    private void showCount() {
        matching = customers.countUpTo(currentFilter, COUNT_CAP + 1);
        count.setText(matching > COUNT_CAP ? "More than " + Plural.of(COUNT_CAP, "customer")
                : Plural.of(matching, "customer"));
        showEmptyState();
        showSelection();
    }

    private void showEmptyState() {
        emptyState.removeAll();
        emptyState.setVisible(matching == 0);
        grid.setVisible(matching > 0);
        if (matching > 0) {
            return;
        }
        if (filters.isFiltering()) {
            Button clear = new Button("Clear filters", e -> filters.clear());
            clear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            emptyState.add(new Span("No customers match " + filters.describe() + "."), clear);
        } else {
            emptyState.add(new Span(parentId == null ? "There are no customers yet." : "This customer has no children."));
        }
    }

    private void showSelection() {
        int selected = grid.getSelectedItems().size();
        boolean bulkPossible = !grid.isCompact();
        moveToStaging.setEnabled(selected > 0);
        moveToProduction.setEnabled(selected > 0);
        moveToStaging.setVisible(bulkPossible);
        moveToProduction.setVisible(bulkPossible);
        selection.setVisible(bulkPossible && selected > 0);
        selection.setText(selected + " selected");
        selectAllMatching.setText(String.format(Locale.ENGLISH, "Select all %,d matching", matching));
        selectAllMatching.setVisible(bulkPossible && matching > 1 && matching <= COUNT_CAP && selected < matching);
    }

    /** Selects every customer that passes the filters (at most {@value #COUNT_CAP}). */
    private void selectAllMatching() {
        grid.asMultiSelect().select(grid.allMatching(currentFilter, COUNT_CAP));
    }

    private void open(String customerId) {
        UI.getCurrent().navigate(CustomerView.class, new RouteParameters(CustomerView.ID, customerId));
    }

    private void exportCsv(DownloadEvent event) throws IOException {
        event.setFileName("customers.csv");
        event.setContentType("text/csv; charset=utf-8");
        var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
        csvExport.exportCsv(currentFilter, grid.currentSort(), writer);
    }
}
