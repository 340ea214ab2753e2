package com.switchboard.customer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.switchboard.Dialogs.awaitUi;
import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.Demo;
import com.switchboard.Dialogs;
import com.switchboard.KaribuTest;
import com.switchboard.customer.Customer;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerRepository;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouterLink;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomersViewTest extends KaribuTest {

    @Autowired CustomerRepository repository;
    @Autowired com.switchboard.customer.CustomerSchedules schedules;
    @Autowired com.switchboard.customer.CustomerDirectory directory;

    private CustomersView view() {
        return _get(CustomersView.class);
    }

    /** A value the column's renderer sends to the browser for {@code row}. */
    private static Object property(CustomersView view, String column, String property, CustomerRow row) {
        var renderer = (com.vaadin.flow.data.renderer.LitRenderer<CustomerRow>) view.grid.getColumnByKey(column)
                .getRenderer();
        return renderer.getValueProviders().get(property).apply(row);
    }

    private static List<String> names(CustomersView view) {
        return _findAll(view.grid).stream().map(CustomerRow::name).toList();
    }

    @Test
    void a_manager_sees_its_accounts_customers_sorted_by_name() {
        signIn("manager");
        navigate("portal/customers");
        CustomersView view = view();

        assertThat(_size(view.grid)).isEqualTo(21);
        List<String> names = names(view);
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).doesNotContain(Demo.GLOBEX);
        assertThat(view.grid.getColumnByKey("account")).as("managers of one account need no account column").isNull();
        assertThat(view.filters.account.isVisible()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withText("21 customers"))).isNotNull();
    }

    @Test
    void search_and_filters_narrow_the_grid_and_land_in_the_url() {
        signIn("manager");
        navigate("portal/customers");
        CustomersView view = view();

        view.filters.search.setValue("DENTAL");
        assertThat(names(view)).containsExactly("Acme Dental Downtown", "Acme Dental Group", "Acme Dental Uptown");
        view.filters.search.setValue("acme-300");
        assertThat(names(view)).as("the reference id is searched too").containsExactly("Cobalt Fresno Depot",
                "Cobalt Logistics", "Cobalt Night Dispatch", "Cobalt Oakland Depot");
        view.filters.search.clear();

        view.filters.staging.setValue(CustomerFilters.STAGING);
        assertThat(names(view)).containsExactly("Cobalt Logistics", "Downtown Pediatric Dentistry");
        view.filters.staging.setValue(CustomerFilters.ALL);

        view.filters.tags.setValue(view.filters.tags.getListDataView().getItems().filter(t -> t.name().equals("VIP"))
                .collect(java.util.stream.Collectors.toSet()));
        assertThat(names(view)).containsExactly("Acme Dental Group", "Cobalt Logistics");
    }

    @Test
    void the_url_restores_the_filters() {
        signIn("manager");
        navigate("portal/customers?q=uptown&staging=false");
        assertThat(view().filters.search.getValue()).isEqualTo("uptown");
        assertThat(view().filters.staging.getValue()).isEqualTo(CustomerFilters.PRODUCTION);
        assertThat(names(view())).containsExactly("Acme Dental Uptown", "Uptown Oral Surgery");
    }

    @Test
    void the_state_now_column_shows_each_customers_schedule_state() {
        signIn("manager");
        navigate("portal/customers?q=acme%20dental");
        CustomersView view = view();
        List<CustomerRow> rows = _findAll(view.grid);
        for (int i = 0; i < rows.size(); i++) {
            String expected = schedules.test(rows.get(i).id(), null, java.time.Instant.now()).stateName();
            assertThat(expected).isIn("Business Hours", "After Hours", "Holiday");
            assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(view.grid, i, "stateNow"))
                    .as(rows.get(i).name()).isEqualTo(expected);
        }
    }

    @Test
    void columns_sort_in_the_database() {
        signIn("manager");
        navigate("portal/customers");
        CustomersView view = view();
        _sortByKey(view.grid, "referenceId", SortDirection.DESCENDING);
        List<String> references = _findAll(view.grid).stream().map(CustomerRow::referenceId)
                .filter(java.util.Objects::nonNull).toList();
        assertThat(references.get(0)).isEqualTo("ACME-3004");
        assertThat(references).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        _sortByKey(view.grid, "name", SortDirection.DESCENDING);
        assertThat(names(view)).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
    }

    @Test
    void an_administrator_sees_every_account_with_an_account_column() {
        signIn("admin");
        navigate("portal/customers");
        CustomersView view = view();
        assertThat(_size(view.grid)).isEqualTo(31);
        assertThat(view.grid.getColumnByKey("account")).isNotNull();
        assertThat(view.filters.account.isVisible()).isTrue();
        view.filters.account.setValue(view.filters.account.getListDataView().getItems()
                .filter(a -> a.name().equals("Globex Voice")).findFirst().orElseThrow());
        assertThat(_size(view.grid)).isEqualTo(10);
    }

    @Test
    void children_are_links_one_level_down_with_a_breadcrumb_back_up() {
        signIn("manager");
        navigate("portal/customers?q=acme%20dental%20group");
        CustomersView view = view();
        CustomerRow group = _findAll(view.grid).get(0);
        assertThat(_getFormatted(view.grid, 0, "children")).contains("2 children");
        assertThat(property(view, "children", "href", group))
                .isEqualTo("portal/customers?parent=" + demo.id(Demo.PARENT_OF_OWN));
        assertThat(property(view, "name", "href", group)).isEqualTo("portal/customers/" + demo.id(Demo.PARENT_OF_OWN));
        assertThat(property(view, "name", "name", group)).isEqualTo(Demo.PARENT_OF_OWN);

        navigate("portal/customers?parent=" + demo.id(Demo.PARENT_OF_OWN));
        assertThat(names(view())).containsExactly("Acme Dental Downtown", "Acme Dental Uptown");
        assertThat(_get(Span.class, spec -> spec.withClasses("crumb-current")).getText()).isEqualTo(Demo.PARENT_OF_OWN);
        RouterLink all = _get(RouterLink.class, spec -> spec.withText("All customers"));
        assertThat(all.getHref()).isEqualTo("portal/customers");
        navigate(all.getHref());
        assertThat(_size(view().grid)).isEqualTo(21);
        assertThat(_find(Span.class, spec -> spec.withClasses("crumb-current"))).isEmpty();
    }

    @Test
    void clicking_a_row_opens_the_customer() {
        signIn("manager");
        navigate("portal/customers?q=birch%20%26%20stone%20law");
        _clickItem(view().grid, 0);
        assertThat(_get(H1.class, spec -> spec.withText("Birch & Stone Law"))).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("portal/customers/" + demo.id("Birch & Stone Law"));
    }

    @Test
    void bulk_move_confirms_shows_progress_and_summarises() throws Exception {
        signIn("manager");
        navigate("portal/customers?q=birch");
        CustomersView view = view();
        List<CustomerRow> rows = _findAll(view.grid);
        assertThat(rows).hasSize(4);
        assertThat(view.moveToStaging.isEnabled()).isFalse();
        rows.forEach(view.grid::select);
        assertThat(view.moveToStaging.isEnabled()).isTrue();
        long history = demo.historyRows(rows.get(0).id());

        _click(view.moveToStaging);
        Dialog confirm = _get(Dialog.class, spec -> spec.withClasses("bulk-confirm"));
        assertThat(confirm.getHeaderTitle()).isEqualTo("Move 4 customers to staging?");
        assertThat(_find(confirm, ListItem.class).stream().map(ListItem::getText))
                .containsExactly("Birch & Stone Austin Office", "Birch & Stone Chicago Office",
                        "Birch & Stone Denver Office", "Birch & Stone Law");
        _click(_get(confirm, Button.class, spec -> spec.withText("Move 4 customers")));

        Dialog summary = awaitUi(() -> _find(Dialog.class, spec -> spec.withClasses("bulk-summary")).stream()
                .findFirst().orElse(null));
        assertThat(_find(summary, Span.class).stream().map(Span::getText))
                .contains("4 moved to staging", "0 already on staging", "0 refused");
        for (CustomerRow row : rows) {
            Customer stored = repository.findById(row.id()).orElseThrow();
            assertThat(stored.isStaging()).isTrue();
            assertThat(stored.getLastModifiedBy()).isEqualTo("manager");
        }
        assertThat(demo.historyRows(rows.get(0).id())).isEqualTo(history + 1);

        demo.signIn("manager");
        rows.forEach(r -> demo.flipBack(r.id(), false));
    }

    @Test
    void new_customer_validates_and_opens_the_created_customer() {
        signIn("manager");
        navigate("portal/customers");
        _click(view().newCustomer);
        NewCustomerDialog dialog = _get(NewCustomerDialog.class);
        assertThat(dialog.account.getValue().name()).isEqualTo("Acme Telecom");

        _click(dialog.create);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Name is required");

        dialog.name.setValue("Zephyr Dental Annex");
        dialog.referenceId.setValue("ZD-1");
        dialog.parent.setValue(dialog.parent.getDataProvider() == null ? null
                : new CustomerDetails.Crumb(demo.id(Demo.PARENT_OF_OWN), Demo.PARENT_OF_OWN));
        _click(dialog.create);

        assertThat(_get(H1.class, spec -> spec.withText("Zephyr Dental Annex"))).isNotNull();
        Customer created = demo.customer("Zephyr Dental Annex");
        assertThat(created.getParentCustomerId()).isEqualTo(demo.id(Demo.PARENT_OF_OWN));
        assertThat(created.getReferenceId()).isEqualTo("ZD-1");
        repository.delete(created);
    }

    @Test
    void counts_say_customer_or_customers() {
        signIn("manager");
        navigate("portal/customers?q=birch%20%26%20stone%20law");
        assertThat(view().count.getText()).isEqualTo("1 customer");
        view().filters.search.setValue("birch");
        assertThat(view().count.getText()).isEqualTo("4 customers");
    }

    @Test
    void select_all_matching_selects_every_match_and_the_confirmation_names_the_first_five() {
        signIn("manager");
        navigate("portal/customers?q=acme");
        CustomersView view = view();
        long matching = Long.parseLong(view.count.getText().split(" ")[0]);
        assertThat(matching).isGreaterThan(5);
        assertThat(view.selectAllMatching.getText()).isEqualTo("Select all " + matching + " matching");
        assertThat(view.moveToProduction.isEnabled()).isFalse();

        _click(view.selectAllMatching);
        assertThat(view.grid.getSelectedItems()).hasSize((int) matching);
        assertThat(view.selectAllMatching.isVisible()).as("nothing left to select").isFalse();
        _click(view.moveToProduction);
        Dialog confirm = _get(Dialog.class, spec -> spec.withClasses("bulk-confirm"));
        assertThat(confirm.getHeaderTitle()).isEqualTo("Move " + matching + " customers to production?");
        List<String> listed = _find(confirm, ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(listed).hasSize(6).endsWith("and " + (matching - 5) + " more");
        assertThat(listed.subList(0, 5)).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        _click(_get(confirm, Button.class, spec -> spec.withText("Cancel")));
        assertThat(confirm.isOpened()).isFalse();
    }

    @Test
    void a_search_that_matches_nothing_says_so_and_offers_to_clear_the_filters() {
        signIn("manager");
        navigate("portal/customers?q=zzz&staging=true");
        CustomersView view = view();
        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.count.getText()).isEqualTo("0 customers");
        assertThat(_get(view.emptyState, Span.class).getText()).isEqualTo("No customers match “zzz”, on staging.");

        _click(_get(view.emptyState, Button.class, spec -> spec.withText("Clear filters")));
        assertThat(view.filters.search.getValue()).isEmpty();
        assertThat(view.filters.staging.getValue()).isEqualTo(CustomerFilters.ALL);
        assertThat(view.emptyState.isVisible()).isFalse();
        assertThat(_size(view.grid)).isEqualTo(21);
    }

    @Test
    void the_column_picker_names_every_hideable_column_and_the_parent_column_shows_the_direct_parent() {
        signIn("admin");
        navigate("portal/customers");
        CustomersView view = view();
        assertThat(view.columns.menu.getItems()).extracting(item -> item.getText()).containsExactly("Reference id",
                "Account", "Parent", "Tags", "Routing", "State now", "Last modified", "Children");
        CustomerRow child = CustomerRow.of(directory.get(demo.id(Demo.CHILD_OF_OWN)));
        assertThat(child.parentName()).isEqualTo(Demo.OWN);
        assertThat(child.parentPath()).isEqualTo(Demo.PARENT_OF_OWN + " › " + Demo.OWN);
    }

    @Test
    void hidden_columns_stay_hidden_for_that_user_only() {
        signIn("manager");
        navigate("portal/customers");
        CustomersView view = view();
        assertThat(view.grid.getColumnByKey("tags").isVisible()).isTrue();
        var tagsItem = view.columns.menu.getItems().stream().filter(i -> i.getText().equals("Tags")).findFirst()
                .orElseThrow();
        assertThat(tagsItem.isChecked()).isTrue();
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption(view.columns.menu, "Tags");
        assertThat(view.grid.getColumnByKey("tags").isVisible()).isFalse();

        navigate("portal");
        navigate("portal/customers");
        assertThat(view().grid.getColumnByKey("tags").isVisible()).as("remembered").isFalse();
        assertThat(view().columns.menu.getItems().stream().filter(i -> i.getText().equals("Tags")).findFirst()
                .orElseThrow().isChecked()).isFalse();

        signIn("admin");
        navigate("portal/customers");
        assertThat(view().grid.getColumnByKey("tags").isVisible()).as("another user's choice").isTrue();

        signIn("manager");
        navigate("portal/customers");
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption(view().columns.menu, "Tags");
        assertThat(view().grid.getColumnByKey("tags").isVisible()).isTrue();
    }

    @Test
    void a_customer_user_lists_and_searches_its_own_subtree() {
        signIn("customer");
        navigate("portal/customers");
        CustomersView view = view();
        assertThat(names(view)).containsExactly(Demo.OWN, "Downtown Orthodontics", Demo.CHILD_OF_OWN);
        assertThat(view.newCustomer.isVisible()).isFalse();
        view.filters.search.setValue("ortho");
        assertThat(names(view)).containsExactly("Downtown Orthodontics");
        navigate("portal/customers?q=uptown");
        assertThat(_size(view().grid)).as("a sibling is not theirs").isZero();
    }

    @Test
    void tags_reach_the_browser_with_their_names_and_colours() {
        signIn("manager");
        navigate("portal/customers?q=acme%20dental%20group");
        CustomerRow row = _findAll(view().grid).get(0);
        assertThat(row.tags()).isNotEmpty();
        elemental.json.JsonArray json = (elemental.json.JsonArray) com.vaadin.flow.internal.JsonSerializer
                .toJson(Badges.tagsRenderer().getValueProviders().get("tags").apply(row));
        assertThat(json.length()).isEqualTo(row.tags().size());
        elemental.json.JsonObject first = json.getObject(0);
        assertThat(first.getString("name")).isEqualTo(row.tags().get(0).name()).isNotBlank();
        assertThat(first.getString("colorClass")).startsWith("tag-").isNotEqualTo("tag-");
    }
}
