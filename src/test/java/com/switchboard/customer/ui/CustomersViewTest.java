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
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomersViewTest extends KaribuTest {

    @Autowired CustomerRepository repository;
    @Autowired com.switchboard.customer.CustomerSchedules schedules;

    private CustomersView view() {
        return _get(CustomersView.class);
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
        assertThat(view.account.isVisible()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withText("21 customers"))).isNotNull();
    }

    @Test
    void search_and_filters_narrow_the_grid_and_land_in_the_url() {
        signIn("manager");
        navigate("portal/customers");
        CustomersView view = view();

        view.search.setValue("DENTAL");
        assertThat(names(view)).containsExactly("Acme Dental Downtown", "Acme Dental Group", "Acme Dental Uptown");
        view.search.setValue("acme-300");
        assertThat(names(view)).as("the reference id is searched too").containsExactly("Cobalt Fresno Depot",
                "Cobalt Logistics", "Cobalt Night Dispatch", "Cobalt Oakland Depot");
        view.search.clear();

        view.staging.setValue(CustomersView.STAGING);
        assertThat(names(view)).containsExactly("Cobalt Logistics", "Downtown Pediatric Dentistry");
        view.staging.setValue(CustomersView.ALL);

        view.tags.setValue(view.tags.getListDataView().getItems().filter(t -> t.name().equals("VIP"))
                .collect(java.util.stream.Collectors.toSet()));
        assertThat(names(view)).containsExactly("Acme Dental Group", "Cobalt Logistics");
    }

    @Test
    void the_url_restores_the_filters() {
        signIn("manager");
        navigate("portal/customers?q=uptown&staging=false");
        assertThat(view().search.getValue()).isEqualTo("uptown");
        assertThat(view().staging.getValue()).isEqualTo(CustomersView.PRODUCTION);
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
        assertThat(view.account.isVisible()).isTrue();
        view.account.setValue(view.account.getListDataView().getItems()
                .filter(a -> a.name().equals("Globex Voice")).findFirst().orElseThrow());
        assertThat(_size(view.grid)).isEqualTo(10);
    }

    @Test
    void drilling_into_children_shows_them_with_a_breadcrumb() {
        signIn("manager");
        navigate("portal/customers?q=acme%20dental%20group");
        CustomersView view = view();
        Button children = (Button) _getCellComponent(view.grid, 0, "children");
        assertThat(children.getText()).isEqualTo("2 ›");
        _click(children);
        assertThat(view.search.getValue()).isEqualTo("acme dental group");
        view.search.clear();
        assertThat(names(view)).containsExactly("Acme Dental Downtown", "Acme Dental Uptown");
        _click(_get(Button.class, spec -> spec.withText("All customers")));
        assertThat(_size(view.grid)).isEqualTo(21);
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
        ConfirmDialog confirm = Dialogs.confirmDialog();
        assertThat(Dialogs.header(confirm)).isEqualTo("Move 4 customers to staging?");
        Dialogs.confirm(confirm);

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
}
