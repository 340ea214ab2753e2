package com.switchboard.customer.ui;

import com.switchboard.account.Account;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.ui.LiveUpdates;
import com.switchboard.base.ui.MainLayout;
import com.switchboard.base.ui.Notifications;
import com.switchboard.customer.BulkResult;
import com.switchboard.customer.CustomerChange.Channel;
import com.switchboard.customer.CustomerChanged;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerFilter;
import com.switchboard.customer.CustomerSchedules;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerEditing;
import com.switchboard.customer.CustomerExport;
import com.switchboard.customer.StagingService;
import com.switchboard.customer.CustomerSort;
import com.switchboard.customer.Tag;
import com.switchboard.customer.CustomerNotFoundException;
import com.switchboard.customer.TagService;
import com.switchboard.customer.live.CustomerChangeFeed;
import com.switchboard.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The customers of the user's accounts: searched, filtered and sorted in SQL and loaded a page at a
 * time; the hierarchy browsed by drilling into a customer's children; bulk staging moves, CSV
 * export and new customers. Every filter is in the URL.
 */
@Route(value = "portal/customers", layout = MainLayout.class)
@PageTitle("Customers · Switchboard")
@Menu(order = 1, icon = "vaadin:users", title = "Customers")
@RolesAllowed({Role.ADMIN, Role.MANAGER})
class CustomersView extends VerticalLayout implements BeforeEnterObserver {

    static final String ALL = "All";
    static final String STAGING = "Staging";
    static final String PRODUCTION = "Production";
    static final int COUNT_CAP = 1_000;
    private static final DateTimeFormatter MODIFIED =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final transient CustomerDirectory customers;
    private final transient StagingService stagingService;
    private final transient CustomerEditing editing;
    private final transient CustomerExport csvExport;
    private final transient TaskExecutor executor;
    private final boolean administrator;

    final TextField search = new TextField();
    final ComboBox<Account> account = new ComboBox<>("Account");
    final MultiSelectComboBox<Tag> tags = new MultiSelectComboBox<>("Tags");
    final Select<String> staging = new Select<>();
    final Grid<CustomerRow> grid = new Grid<>();
    final Button moveToStaging = new Button("Move to staging", VaadinIcon.FLASK.create());
    final Button moveToProduction = new Button("Move to production", VaadinIcon.CHECK_CIRCLE_O.create());
    final Button newCustomer = new Button("New customer", VaadinIcon.PLUS.create());
    final Anchor export;
    private final Div crumbs = new Div();
    private final Span count = new Span();

    private String parentId;
    private boolean reading;
    private volatile CustomerFilter currentFilter = CustomerFilter.ALL;
    private volatile CustomerSort currentSort = CustomerSort.BY_NAME;
    private final Map<String, Long> childCounts = new ConcurrentHashMap<>();
    private final Map<String, String> statesNow = new ConcurrentHashMap<>();
    private final transient CustomerSchedules schedules;

    CustomersView(CustomerDirectory customers, StagingService stagingService, CustomerEditing editing, CustomerExport csvExport, TagService tagService, CustomerSchedules schedules, TaskExecutor executor,
            AuthenticationContext authentication, CustomerChangeFeed feed) {
        this.customers = customers;
        this.stagingService = stagingService;
        this.editing = editing;
        this.csvExport = csvExport;
        this.schedules = schedules;
        this.executor = executor;
        this.administrator = authentication.hasRole(Role.ADMIN);
        addClassName("customers-view");
        setSizeFull();

        search.setPlaceholder("Search");
        search.setAriaLabel("Search by name or reference id");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filtersChanged());

        List<Account> accounts = customers.visibleAccounts();
        account.setItems(accounts);
        account.setItemLabelGenerator(Account::name);
        account.setClearButtonVisible(true);
        account.setPlaceholder("All accounts");
        account.setVisible(accounts.size() > 1);
        account.addValueChangeListener(e -> filtersChanged());

        Map<String, String> accountNames = accounts.stream().collect(Collectors.toMap(Account::id, Account::name));
        List<Tag> allTags = new ArrayList<>();
        accounts.forEach(a -> allTags.addAll(tagService.catalogue(a.id())));
        tags.setItems(allTags);
        tags.setItemLabelGenerator(t -> accounts.size() > 1 ? t.name() + " (" + accountNames.get(t.accountId()) + ")"
                : t.name());
        tags.setPlaceholder("Any tag");
        tags.addValueChangeListener(e -> filtersChanged());

        staging.setLabel("Routing");
        staging.setItems(ALL, STAGING, PRODUCTION);
        staging.setValue(ALL);
        staging.addValueChangeListener(e -> filtersChanged());

        moveToStaging.addClickListener(e -> confirmBulk(true));
        moveToProduction.addClickListener(e -> confirmBulk(false));
        moveToStaging.setEnabled(false);
        moveToProduction.setEnabled(false);
        newCustomer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCustomer.addClickListener(e -> openNewCustomer());
        newCustomer.setVisible(!customers.manageableAccounts().isEmpty());

        export = new Anchor((DownloadHandler) this::exportCsv, "");
        export.getElement().setAttribute("download", true);
        Button exportButton = new Button("Export CSV", VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);

        HorizontalLayout filters = new HorizontalLayout(search, account, tags, staging);
        filters.addClassName("toolbar");
        HorizontalLayout actions = new HorizontalLayout(newCustomer, moveToStaging, moveToProduction, export, count);
        actions.addClassName("toolbar");
        actions.setAlignItems(Alignment.CENTER);
        crumbs.addClassName("crumbs");

        configureGrid();
        add(new H2("Customers"), filters, crumbs, actions, grid);
        setFlexGrow(1, grid);
        LiveUpdates.<CustomerChanged>whileAttached(this, listener -> feed.subscribe(listener)::cancel,
                this::changedElsewhere);
    }

    /** A customer changed anywhere: its row shows the change; a created or deleted one reloads the list. */
    private void changedElsewhere(CustomerChanged change) {
        if (change.deleted() || change.fields().contains("created")) {
            grid.getDataProvider().refreshAll();
        } else {
            refreshRow(change.customerId());
        }
    }

    /** Reads one customer's row again, when the grid has it loaded. */
    void refreshRow(String customerId) {
        CustomerRow placeholder = new CustomerRow(customerId, null, null, null, null, List.of(), false, null);
        if (!grid.getDataCommunicator().getKeyMapper().has(placeholder)) {
            return;
        }
        try {
            CustomerDetails fresh = customers.get(customerId);
            statesNow.putAll(schedules.statesNow(List.of(customerId)));
            grid.getDataProvider().refreshItem(CustomerRow.of(fresh));
        } catch (CustomerNotFoundException e) {
            grid.getDataProvider().refreshAll();
        }
    }

    private void configureGrid() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(CustomerRow::name).setKey("name").setHeader("Name").setSortable(true)
                .setFlexGrow(3).setResizable(true);
        grid.addColumn(CustomerRow::referenceId).setKey("referenceId").setHeader("Reference id")
                .setSortable(true).setFlexGrow(1);
        if (administrator) {
            grid.addColumn(CustomerRow::accountName).setKey("account").setHeader("Account").setFlexGrow(1);
        }
        grid.addColumn(CustomerRow::parentPath).setKey("parent")
                .setHeader("Parent").setFlexGrow(2);
        grid.addColumn(Badges.tagsRenderer()).setKey("tags").setHeader("Tags").setFlexGrow(2);
        grid.addColumn(Badges.stagingRenderer()).setKey("isStaging").setHeader("Routing").setSortable(true)
                .setFlexGrow(0).setWidth("9rem");
        grid.addColumn(row -> statesNow.getOrDefault(row.id(), "—")).setKey("stateNow").setHeader("State now")
                .setFlexGrow(1);
        grid.addColumn(row -> MODIFIED.format(row.lastModified())).setKey("dateLastModified")
                .setHeader("Last modified").setSortable(true).setFlexGrow(1);
        grid.addComponentColumn(this::childrenButton).setKey("children").setHeader("Children")
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("8rem");
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());
        grid.setItems(query -> {
            currentSort = sort(query.getSortOrders());
            List<CustomerRow> page = new ArrayList<>();
            long offset = query.getOffset();
            int remaining = query.getLimit();
            while (remaining > 0) {
                int size = Math.min(remaining, CustomerDirectory.MAX_PAGE_SIZE);
                List<CustomerDetails> chunk = customers.find(currentFilter, currentSort, offset, size);
                chunk.forEach(d -> page.add(CustomerRow.of(d)));
                if (chunk.size() < size) {
                    break;
                }
                offset += size;
                remaining -= size;
            }
            List<String> ids = page.stream().map(CustomerRow::id).toList();
            childCounts.putAll(customers.childCounts(ids));
            statesNow.putAll(schedules.statesNow(ids));
            return page.stream();
        });
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.addSelectionListener(e -> {
            boolean any = !e.getAllSelectedItems().isEmpty();
            moveToStaging.setEnabled(any);
            moveToProduction.setEnabled(any);
        });
    }

    private Component childrenButton(CustomerRow d) {
        long n = childCounts.getOrDefault(d.id(), 0L);
        if (n == 0) {
            return new Span();
        }
        Button drill = new Button(n + " ›", e -> drillInto(d.id()));
        drill.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        drill.setTooltipText("Show the children of " + d.name());
        drill.getElement().setAttribute("aria-label", "Children of " + d.name());
        return drill;
    }

    private static CustomerSort sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return CustomerSort.BY_NAME;
        }
        var order = orders.get(0);
        boolean ascending = order.getDirection() == SortDirection.ASCENDING;
        CustomerSort.Field field = switch (order.getSorted()) {
            case "referenceId" -> CustomerSort.Field.REFERENCE_ID;
            case "isStaging" -> CustomerSort.Field.IS_STAGING;
            case "dateLastModified" -> CustomerSort.Field.DATE_LAST_MODIFIED;
            default -> CustomerSort.Field.NAME;
        };
        return new CustomerSort(field, ascending);
    }

    // ---- filters and the URL ------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        reading = true;
        search.setValue(first(params, "q"));
        String accountId = first(params, "account");
        account.setValue(account.getListDataView().getItems().filter(a -> a.id().equals(accountId)).findFirst()
                .orElse(null));
        Set<String> tagIds = Set.of(first(params, "tags").split(","));
        tags.setValue(tags.getListDataView().getItems().filter(t -> tagIds.contains(t.id()))
                .collect(Collectors.toSet()));
        String routing = first(params, "staging");
        staging.setValue(routing.equals("true") ? STAGING : routing.equals("false") ? PRODUCTION : ALL);
        String parent = first(params, "parent");
        parentId = parent.isEmpty() ? null : parent;
        reading = false;
        applyFilters(false);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    private void filtersChanged() {
        if (!reading) {
            applyFilters(true);
        }
    }

    private void drillInto(String customerId) {
        parentId = customerId;
        applyFilters(true);
    }

    private void applyFilters(boolean updateUrl) {
        Boolean routing = STAGING.equals(staging.getValue()) ? Boolean.TRUE
                : PRODUCTION.equals(staging.getValue()) ? Boolean.FALSE : null;
        currentFilter = new CustomerFilter(null, search.getValue(),
                account.getValue() == null ? Set.of() : Set.of(account.getValue().id()),
                parentId == null ? Set.of() : Set.of(parentId), true,
                tags.getValue().stream().map(Tag::id).collect(Collectors.toSet()), Set.of(), routing);
        showCrumbs();
        grid.deselectAll();
        childCounts.clear();
        statesNow.clear();
        grid.getDataProvider().refreshAll();
        showCount();
        if (updateUrl) {
            Map<String, String> params = new LinkedHashMap<>();
            if (!search.getValue().isBlank()) params.put("q", search.getValue());
            if (account.getValue() != null) params.put("account", account.getValue().id());
            if (!tags.getValue().isEmpty()) {
                params.put("tags", tags.getValue().stream().map(Tag::id).sorted().collect(Collectors.joining(",")));
            }
            if (routing != null) params.put("staging", routing.toString());
            if (parentId != null) params.put("parent", parentId);
            String url = RouteConfiguration.forSessionScope().getUrl(CustomersView.class);
            String query = QueryParameters.simple(params).getQueryString();
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, query.isEmpty() ? url : url + "?" + query));
        }
    }

    /** The number of matches, exact up to {@value #COUNT_CAP} (the grid itself never counts). */
    private void showCount() {
        long n = customers.countUpTo(currentFilter, COUNT_CAP + 1);
        count.setText(n > COUNT_CAP ? String.format("More than %,d customers", COUNT_CAP)
                : String.format("%,d customers", n));
    }

    private void showCrumbs() {
        crumbs.removeAll();
        if (parentId == null) {
            crumbs.setVisible(false);
            return;
        }
        crumbs.setVisible(true);
        Button all = new Button("All customers", e -> {
            parentId = null;
            applyFilters(true);
        });
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        crumbs.add(all);
        try {
            for (CustomerDetails.Crumb crumb : customers.get(parentId).breadcrumb()) {
                Button step = new Button(crumb.name(), e -> drillInto(crumb.id()));
                step.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                crumbs.add(new Span("›"), step);
            }
        } catch (RuntimeException e) {
            parentId = null;
            crumbs.setVisible(false);
        }
    }

    private void open(String customerId) {
        UI.getCurrent().navigate(CustomerView.class, new RouteParameters(CustomerView.ID, customerId));
    }

    // ---- export ---------------------------------------------------------------------------------------

    private void exportCsv(DownloadEvent event) throws IOException {
        event.setFileName("customers.csv");
        event.setContentType("text/csv; charset=utf-8");
        var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
        csvExport.exportCsv(currentFilter, currentSort, writer);
    }

    // ---- bulk staging ---------------------------------------------------------------------------------

    private void confirmBulk(boolean toStaging) {
        List<CustomerRow> selected = new ArrayList<>(grid.getSelectedItems());
        selected.sort(Comparator.comparing(CustomerRow::name));
        int n = selected.size();
        String noun = n == 1 ? "customer" : "customers";
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Move " + n + " " + noun + " to " + (toStaging ? "staging" : "production")
                + "?");
        confirm.setText("Their phone numbers will route to the " + (toStaging ? "staging" : "production")
                + " server.");
        confirm.setCancelable(true);
        confirm.setConfirmText(toStaging ? "Move to staging" : "Move to production");
        confirm.addConfirmListener(e -> runBulk(selected, toStaging));
        confirm.open();
    }

    private void runBulk(List<CustomerRow> selected, boolean toStaging) {
        UI ui = UI.getCurrent();
        ProgressBar bar = new ProgressBar(0, selected.size());
        Span progressText = new Span("0 of " + selected.size());
        Dialog progress = new Dialog(new VerticalLayout(bar, progressText));
        progress.setHeaderTitle("Moving " + selected.size() + " to " + (toStaging ? "staging" : "production") + "…");
        progress.setCloseOnOutsideClick(false);
        progress.setCloseOnEsc(false);
        progress.setWidth("24rem");
        progress.open();
        ui.setPollInterval(300);
        List<String> ids = selected.stream().map(CustomerRow::id).toList();
        Map<String, String> names = new HashMap<>();
        selected.forEach(d -> names.put(d.id(), d.name()));
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                BulkResult result = stagingService.setStagingMany(ids, toStaging, Channel.UI,
                        done -> ui.access(() -> {
                            bar.setValue(done);
                            progressText.setText(done + " of " + ids.size());
                        }));
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    progress.close();
                    showSummary(result, toStaging, names);
                    grid.deselectAll();
                    grid.getDataProvider().refreshAll();
                    showCount();
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    progress.close();
                    Notifications.error("The move stopped: " + e.getMessage());
                });
                throw e;
            }
        }));
    }

    private void showSummary(BulkResult result, boolean toStaging, Map<String, String> names) {
        String target = toStaging ? "staging" : "production";
        Dialog summary = new Dialog();
        summary.addClassName("bulk-summary");
        summary.setHeaderTitle("Moved to " + target);
        VerticalLayout lines = new VerticalLayout();
        lines.add(new Span(result.changed() + " moved to " + target));
        lines.add(new Span(result.unchanged() + " already on " + target));
        lines.add(new Span(result.refused().size() + " refused"));
        result.refused().forEach(r -> lines.add(new Span("· " + names.getOrDefault(r.customerId(), r.customerId())
                + ": " + r.reason())));
        summary.add(lines);
        summary.getFooter().add(new Button("Close", e -> summary.close()));
        summary.open();
    }

    // ---- new customer -----------------------------------------------------------------------------------

    private void openNewCustomer() {
        NewCustomerDialog dialog = new NewCustomerDialog(customers.manageableAccounts(),
                (accountId, text) -> customers.parentCandidates(accountId, null, text, 50));
        dialog.onCreate(request -> {
            try {
                CustomerDetails created = editing.create(request, Channel.UI);
                dialog.close();
                Notifications.success(created.customer().getName() + " created");
                open(created.id());
            } catch (ValidationException e) {
                dialog.showError(e.field(), e.getMessage());
            }
        });
        if (account.getValue() != null) {
            dialog.preselect(account.getValue(), parentId == null ? null : customers.get(parentId));
        } else if (parentId != null) {
            CustomerDetails parent = customers.get(parentId);
            dialog.preselect(customers.manageableAccounts().stream()
                    .filter(a -> a.id().equals(parent.customer().getAccountId())).findFirst().orElse(null), parent);
        }
        dialog.open();
    }
}
