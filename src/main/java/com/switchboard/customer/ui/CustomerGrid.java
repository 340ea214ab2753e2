package com.switchboard.customer.ui;

import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerFilter;
import com.switchboard.customer.CustomerSchedules;
import com.switchboard.account.CustomerField;
import com.switchboard.base.domain.DataValue;
import com.switchboard.customer.CustomerSort;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The customers grid: every column fits from 1280 px up (the name keeps room for a long name, 28
 * characters; the parent, which shows the direct parent with the whole path in its tooltip, takes
 * twice the share of the spare width that the name and the tags take; the reference id and the last
 * change have room for the usual values, the other columns fit theirs), with the full value in a
 * tooltip, names that
 * are real links (Enter opens, Ctrl/middle click opens a new tab), Enter or Space on a focused row
 * opens it too, rows loaded a page at a time from SQL. On a phone it shrinks to name, routing and
 * a chevron. Columns the user hides stay hidden ({@link #setHidden}).
 */
class CustomerGrid extends Grid<CustomerRow> {

    /** The columns a user may hide, in their order. */
    static final List<String> HIDEABLE = List.of("referenceId", "account", "parent", "tags", "isStaging",
            "stateNow", "dateLastModified", "children");
    /** What a phone shows. */
    private static final Set<String> COMPACT = Set.of("name", "isStaging", "chevron");
    private static final Map<String, CustomerSort.Field> SORTS = Map.of("name", CustomerSort.Field.NAME,
            "referenceId", CustomerSort.Field.REFERENCE_ID, "isStaging", CustomerSort.Field.IS_STAGING,
            "dateLastModified", CustomerSort.Field.DATE_LAST_MODIFIED);
    /** Modified clicks (new tab, new window) are left to the browser. */
    private static final String PLAIN_CLICK = "e => { if (!(e.ctrlKey || e.metaKey || e.shiftKey || e.altKey)"
            + " && e.button === 0) { e.preventDefault(); %s(); } }";

    private final transient CustomerDirectory customers;
    private final transient CustomerSchedules schedules;
    private final transient Supplier<CustomerFilter> filter;
    private final transient RelativeTime time;
    private final Map<String, Long> childCounts = new ConcurrentHashMap<>();
    private final Map<String, String> statesNow = new ConcurrentHashMap<>();
    private volatile CustomerSort currentSort = CustomerSort.BY_NAME;
    private Set<String> hidden = Set.of();
    static final String DATA = "data.";
    private final List<String> dataKeys = new ArrayList<>();
    private final Map<String, Map<String, DataValue>> dataShown = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean compact;
    private CustomerRow focused;

    CustomerGrid(CustomerDirectory customers, CustomerSchedules schedules, Supplier<CustomerFilter> filter,
            RelativeTime time, boolean showAccount, Consumer<String> onOpen, Consumer<String> onDrill) {
        this.customers = customers;
        this.schedules = schedules;
        this.filter = filter;
        this.time = time;
        addClassName("customers-grid");
        setSelectionMode(SelectionMode.MULTI);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setSizeFull();
        getElement().setAttribute("aria-label", "Customers");
        addColumns(showAccount, onOpen, onDrill);
        setItems(query -> {
            currentSort = toCustomerSort(query.getSortOrders());
            List<CustomerRow> page = fetch(filter.get(), query.getOffset(), query.getLimit());
            List<String> ids = page.stream().map(CustomerRow::id).toList();
            childCounts.putAll(customers.childCounts(ids));
            statesNow.putAll(schedules.statesNow(ids));
            return page.stream();
        });
        addItemClickListener(e -> {
            if (!e.isCtrlKey() && !e.isMetaKey() && !e.isShiftKey() && !e.isAltKey()) {
                onOpen.accept(e.getItem().id());
            }
        });
        addCellFocusListener(e -> focused = e.getItem().orElse(null));
        getElement().addEventListener("keydown", e -> {
            if (focused != null) {
                onOpen.accept(focused.id());
            }
        }).setFilter("['td', 'tr'].includes(event.composedPath()[0].localName) && (event.key === 'Enter'"
                + " || (event.key === ' ' && !(event.composedPath()[0]._column && event.composedPath()[0]._column"
                + ".localName === 'vaadin-grid-flow-selection-column')))"
                + " && (event.preventDefault(), true)");
    }

    private void addColumns(boolean showAccount, Consumer<String> onOpen, Consumer<String> onDrill) {
        addColumn(LitRenderer.<CustomerRow>of("<a class=\"customer-link\" href=\"${item.href}\" "
                + "@click=${" + PLAIN_CLICK.formatted("open") + "}>${item.name}</a>")
                .withProperty("href", row -> "portal/customers/" + row.id())
                .withProperty("name", CustomerRow::name)
                .withFunction("open", row -> onOpen.accept(row.id())))
                .setKey("name").setHeader("Name").setSortable(true).setWidth("12.5rem").setFlexGrow(1)
                .setResizable(true).setRowHeader(true).setTooltipGenerator(CustomerRow::name);
        addColumn(CustomerRow::referenceId).setKey("referenceId").setHeader(wrapping("Reference id")).setSortable(true)
                .setWidth("7em").setFlexGrow(0).setTooltipGenerator(CustomerRow::referenceId);
        if (showAccount) {
            addColumn(CustomerRow::accountName).setKey("account").setHeader("Account").setAutoWidth(true)
                    .setFlexGrow(0).setTooltipGenerator(CustomerRow::accountName);
        }
        addColumn(CustomerRow::parentName).setKey("parent").setHeader("Parent").setWidth("4.5rem").setFlexGrow(2)
                .setResizable(true).setTooltipGenerator(CustomerRow::parentPath);
        addColumn(Badges.tagsRenderer()).setKey("tags").setHeader("Tags").setWidth("4.5rem").setFlexGrow(1)
                .setTooltipGenerator(CustomerRow::tagNames);
        addColumn(Badges.stagingRenderer()).setKey("isStaging").setHeader("Routing").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> statesNow.getOrDefault(row.id(), "—")).setKey("stateNow").setHeader("State now")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> time.ago(row.lastModified())).setKey("dateLastModified").setHeader(wrapping("Last modified"))
                .setSortable(true).setWidth("7.5em").setFlexGrow(0)
                .setTooltipGenerator(row -> time.exact(row.lastModified()));
        addColumn(LitRenderer.<CustomerRow>of("${item.children ? html`<a class=\"drill-link\" href=\"${item.href}\" "
                + "@click=${" + PLAIN_CLICK.formatted("drill") + "}>${item.children}</a>` : ''}")
                .withProperty("children", row -> {
                    long n = childCounts.getOrDefault(row.id(), 0L);
                    return n == 0 ? "" : n == 1 ? "1 child" : n + " children";
                })
                .withProperty("href", row -> "portal/customers?parent=" + row.id())
                .withFunction("drill", row -> onDrill.accept(row.id())))
                .setKey("children").setHeader("Children").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(row -> childCounts.getOrDefault(row.id(), 0L) == 0 ? null
                        : "Show the children of " + row.name());
        addColumn(LitRenderer.<CustomerRow>of("<vaadin-icon icon=\"vaadin:angle-right\" aria-hidden=\"true\">"
                + "</vaadin-icon>")).setKey("chevron").setHeader("").setWidth("2.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setVisible(false);
        sort(GridSortOrder.asc(getColumnByKey("name")).build());
    }

    /**
     * A header that wraps between its words, so that its column need only be as wide as its values
     * ("ACME-1001" under "Reference id", "11 months ago" under "Last modified"). Those two columns
     * have fixed widths in em: measured, a wrapped header comes out a few pixels short of its sort
     * indicator, which then cuts it.
     */
    private static Span wrapping(String text) {
        Span header = new Span(text);
        header.addClassName("wrapping-header");
        return header;
    }

    /** A column's header as words, for the column picker. */
    static String label(Column<CustomerRow> column) {
        return column.getHeaderComponent() instanceof Span header ? header.getText() : column.getHeaderText();
    }

    private List<CustomerRow> fetch(CustomerFilter f, long offset, int limit) {
        List<CustomerRow> page = new ArrayList<>();
        int remaining = limit;
        while (remaining > 0) {
            int size = Math.min(remaining, CustomerDirectory.MAX_PAGE_SIZE);
            List<CustomerDetails> chunk = customers.find(f, currentSort, offset, size);
            chunk.forEach(d -> {
                page.add(CustomerRow.of(d));
                keepData(d);
            });
            if (chunk.size() < size) {
                break;
            }
            offset += size;
            remaining -= size;
        }
        return page;
    }

    /** Every row that passes {@code f}, at most {@code limit}, in the grid's order. */
    List<CustomerRow> allMatching(CustomerFilter f, int limit) {
        return fetch(f, 0, limit);
    }

    CustomerSort currentSort() {
        return currentSort;
    }

    static CustomerSort toCustomerSort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return CustomerSort.BY_NAME;
        }
        QuerySortOrder order = orders.get(0);
        if (order.getSorted().startsWith(DATA)) {
            return CustomerSort.byData(order.getSorted().substring(DATA.length()),
                    order.getDirection() == SortDirection.ASCENDING);
        }
        return new CustomerSort(SORTS.getOrDefault(order.getSorted(), CustomerSort.Field.NAME),
                order.getDirection() == SortDirection.ASCENDING);
    }

    /**
     * Adds a sortable, hideable column for each of these custom-data fields (key {@code data.<name>}),
     * showing the customer's value of it; sorted in SQL by {@link CustomerSort#byData}.
     */
    void addDataColumns(List<CustomerField> fields) {
        for (CustomerField field : fields) {
            addColumn(row -> text(dataShown.getOrDefault(row.id(), Map.of()).get(field.name())))
                    .setKey(DATA + field.name()).setHeader(field.label()).setSortable(true).setAutoWidth(true);
            dataKeys.add(DATA + field.name());
        }
        showColumns();
    }

    private void keepData(CustomerDetails d) {
        if (!dataKeys.isEmpty() && d.customer().getData() != null) {
            dataShown.put(d.id(), d.customer().getData().values());
        }
    }

    /** A data value as a cell shows it: text, a plain number, Yes/No; empty when absent. */
    private static String text(DataValue value) {
        if (value == null) {
            return "";
        }
        return value.stringValue() != null ? value.stringValue()
                : value.numberValue() != null ? java.math.BigDecimal.valueOf(value.numberValue()).stripTrailingZeros().toPlainString()
                : value.boolValue() != null ? (value.boolValue() ? "Yes" : "No") : "…";
    }

    /** The columns a user may hide, in their order: the fixed ones, then the data columns. */
    List<String> hideable() {
        List<String> all = new ArrayList<>(HIDEABLE);
        all.addAll(dataKeys);
        return all;
    }

    /** Loads every row again (the filter changed, or many rows did). */
    void reload() {
        dataShown.clear();
        childCounts.clear();
        statesNow.clear();
        getDataProvider().refreshAll();
    }

    /** Shows one customer's row as it is now (its routing, tags, name, state or children changed). */
    void refreshRow(String customerId) {
        CustomerDetails details = customers.get(customerId);
        keepData(details);
        CustomerRow row = CustomerRow.of(details);
        childCounts.putAll(customers.childCounts(List.of(customerId)));
        statesNow.putAll(schedules.statesNow(List.of(customerId)));
        getDataProvider().refreshItem(row);
    }

    /** Hides these columns (the user's choice) and shows the other hideable ones. */
    void setHidden(Set<String> keys) {
        hidden = Set.copyOf(keys);
        showColumns();
    }

    Set<String> hidden() {
        return hidden;
    }

    /** A phone's grid: name, routing and a chevron, no selection. */
    void setCompact(boolean compact) {
        if (this.compact == compact) {
            return;
        }
        this.compact = compact;
        setSelectionMode(compact ? SelectionMode.NONE : SelectionMode.MULTI);
        showColumns();
    }

    boolean isCompact() {
        return compact;
    }

    private void showColumns() {
        for (Column<CustomerRow> column : getColumns()) {
            String key = column.getKey();
            boolean visible = compact ? COMPACT.contains(key) : !"chevron".equals(key) && !hidden.contains(key);
            column.setVisible(visible);
        }
    }
}
