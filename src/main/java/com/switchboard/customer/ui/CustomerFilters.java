package com.switchboard.customer.ui;

import com.switchboard.account.Account;
import com.switchboard.customer.CustomerFilter;
import com.switchboard.customer.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters bar of the customers grid: search, account, tags and routing, read from and written to
 * the URL's query parameters. On a phone only the search shows; the rest open behind "Filters".
 */
class CustomerFilters extends Div {

    static final String ALL = "All";
    static final String STAGING = "Staging";
    static final String PRODUCTION = "Production";

    final TextField search = new TextField();
    final ComboBox<Account> account = new ComboBox<>("Account");
    final MultiSelectComboBox<Tag> tags = new MultiSelectComboBox<>("Tags");
    final Select<String> staging = new Select<>();
    final Button toggle = new Button("Filters", VaadinIcon.FILTER.create());
    private final Div more = new Div();
    private Runnable onChange = () -> { };
    private boolean reading;

    CustomerFilters(List<Account> accounts, Map<String, List<Tag>> catalogues) {
        addClassNames("toolbar", "customer-filters");
        search.setPlaceholder("Search");
        search.setAriaLabel("Search by name or reference id");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("customer-search");

        account.setItems(accounts);
        account.setItemLabelGenerator(Account::name);
        account.setClearButtonVisible(true);
        account.setPlaceholder("All accounts");
        account.setVisible(accounts.size() > 1);

        Map<String, String> accountNames = accounts.stream().collect(Collectors.toMap(Account::id, Account::name));
        List<Tag> allTags = new ArrayList<>();
        accounts.forEach(a -> allTags.addAll(catalogues.getOrDefault(a.id(), List.of())));
        tags.setItems(allTags);
        tags.setItemLabelGenerator(t -> accounts.size() > 1 ? t.name() + " (" + accountNames.get(t.accountId()) + ")"
                : t.name());
        tags.setPlaceholder("Any tag");
        tags.setVisible(!allTags.isEmpty());

        staging.setLabel("Routing");
        staging.setItems(ALL, STAGING, PRODUCTION);
        staging.setValue(ALL);

        search.addValueChangeListener(e -> changed());
        account.addValueChangeListener(e -> changed());
        tags.addValueChangeListener(e -> changed());
        staging.addValueChangeListener(e -> changed());

        toggle.addClassName("filters-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(e -> {
            boolean open = !hasClassName("filters-open");
            setClassName("filters-open", open);
            toggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        });
        more.addClassName("filters-more");
        more.add(account, tags, staging);
        add(search, toggle, more);
    }

    /** Called after the user changes a filter (not while the filters are read from the URL). */
    void onChange(Runnable listener) {
        onChange = listener;
    }

    private void changed() {
        if (!reading) {
            onChange.run();
        }
    }

    /** The routing filter: true for staging, false for production, null for both. */
    Boolean routing() {
        return STAGING.equals(staging.getValue()) ? Boolean.TRUE
                : PRODUCTION.equals(staging.getValue()) ? Boolean.FALSE : null;
    }

    /** The customers the filters pass, under {@code parentId} (direct children) when it is set. */
    CustomerFilter filter(String parentId) {
        return new CustomerFilter(null, search.getValue(),
                account.getValue() == null ? Set.of() : Set.of(account.getValue().id()),
                parentId == null ? Set.of() : Set.of(parentId), true,
                tags.getValue().stream().map(Tag::id).collect(Collectors.toSet()), Set.of(), routing());
    }

    /** Whether any filter narrows the list. */
    boolean isFiltering() {
        return !search.getValue().isBlank() || account.getValue() != null || !tags.getValue().isEmpty()
                || routing() != null;
    }

    /** What the filters ask for, in words: "“dental”, tag VIP, on staging". */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (!search.getValue().isBlank()) {
            parts.add("“" + search.getValue().strip() + "”");
        }
        if (account.getValue() != null) {
            parts.add("account " + account.getValue().name());
        }
        if (!tags.getValue().isEmpty()) {
            parts.add((tags.getValue().size() == 1 ? "tag " : "tags ")
                    + tags.getValue().stream().map(Tag::name).sorted().collect(Collectors.joining(", ")));
        }
        if (routing() != null) {
            parts.add(routing() ? "on staging" : "in production");
        }
        return String.join(", ", parts);
    }

    /** Clears every filter, then reports one change. */
    void clear() {
        reading = true;
        search.clear();
        account.clear();
        tags.clear();
        staging.setValue(ALL);
        reading = false;
        onChange.run();
    }

    /** Clears the text search only, without reporting a change. */
    void clearSearchQuietly() {
        reading = true;
        search.clear();
        reading = false;
    }

    /** Sets the filters from the URL's query parameters, without reporting a change. */
    void read(Map<String, List<String>> params) {
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
        reading = false;
    }

    /** Adds the filters to the URL's query parameters. */
    void write(Map<String, String> params) {
        if (!search.getValue().isBlank()) {
            params.put("q", search.getValue());
        }
        if (account.getValue() != null) {
            params.put("account", account.getValue().id());
        }
        if (!tags.getValue().isEmpty()) {
            params.put("tags", tags.getValue().stream().map(Tag::id).sorted().collect(Collectors.joining(",")));
        }
        if (routing() != null) {
            params.put("staging", routing().toString());
        }
    }

    static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
