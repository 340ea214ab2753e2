package com.switchboard.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.KaribuTest;
import com.switchboard.account.AccountService;
import com.switchboard.account.CustomerField;
import com.switchboard.account.CustomerFieldSchema;
import com.switchboard.base.domain.Channel;
import com.switchboard.base.domain.DataValue;
import com.switchboard.customer.CustomerData;
import com.switchboard.customer.CustomerEdit;
import com.switchboard.customer.CustomerEditing;
import com.switchboard.customer.CustomerRepository;
import com.switchboard.customer.NewCustomer;
import com.switchboard.schedule.Schedule;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Data tab shows the account's customer-fields schema as typed inputs and checks them before Save. */
class DataTabTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired CustomerFieldSchema schema;
    @Autowired CustomerEditing editing;
    @Autowired CustomerRepository customers;
    @Autowired JdbcTemplate jdbc;

    private String accountId;
    private String customerId;

    @BeforeEach
    void aCustomerOfAnAccountWithASchema() {
        demo.signIn("admin");
        accountId = accounts.create("DataTab " + UUID.randomUUID(), Channel.UI).id();
        customerId = editing.create(new NewCustomer(accountId, null, "DataTab customer", null), Channel.UI)
                .customer().getId();
        setData(Map.of("seats", DataValue.of(3.0), "extra", DataValue.of("free")));
        String other = editing.create(new NewCustomer(accountId, null, "DataTab other", null), Channel.UI)
                .customer().getId();
        jdbc.update("UPDATE customer SET data = ? WHERE id = ?",
                "{\"seats\":{\"numberValue\":12.0},\"plan\":{\"stringValue\":\"gold\"}}", other);
        schema.replace(accountId, List.of(
                new CustomerField("plan", "Plan", CustomerField.Type.String, "The plan they pay for", true, null, true,
                        List.of("gold", "silver")),
                new CustomerField("seats", "Seats", CustomerField.Type.Number, null, false, null, true, null),
                new CustomerField("vip", "VIP", CustomerField.Type.Boolean, null, false, null, false, null),
                new CustomerField("since", "Customer since", CustomerField.Type.Date, null, false, null, false, null),
                new CustomerField("note", "Note", CustomerField.Type.String, null, false, null, false, null)),
                Channel.UI);
        demo.signOut();
    }

    private void setData(Map<String, DataValue> data) {
        editing.patch(customerId, e -> new CustomerEdit(e.name(), e.referenceId(), e.parentCustomerId(), e.tagIds(),
                new CustomerData(data), e.integrationData(), e.overrideBillingSettings(), e.billingSettings(),
                e.overrideAppSettings(), e.appSettings(), new Schedule("UTC", false, false, List.of(), "Open")), Channel.UI);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM customer WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM account_settings WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM account WHERE id = ?", accountId);
    }

    private CustomerView open() {
        signIn("admin");
        navigate("portal/customers/" + customerId + "/data");
        return _get(CustomerView.class);
    }

    private Map<String, DataValue> stored() {
        return customers.findById(customerId).orElseThrow().getData().values();
    }

    @Test
    void each_schema_field_is_its_typed_input_with_label_description_and_required_mark() {
        SchemaFields fields = open().data.data.schema;

        @SuppressWarnings("unchecked")
        Select<String> plan = (Select<String>) fields.input("plan");
        assertThat(plan.getLabel()).isEqualTo("Plan");
        assertThat(plan.getHelperText()).isEqualTo("The plan they pay for");
        assertThat(plan.isRequiredIndicatorVisible()).isTrue();
        assertThat(plan.getListDataView().getItems()).containsExactly("gold", "silver");
        assertThat(plan.getValue()).as("no value yet").isNull();
        NumberField seats = (NumberField) fields.input("seats");
        assertThat(seats.getLabel()).isEqualTo("Seats");
        assertThat(seats.isRequiredIndicatorVisible()).isFalse();
        assertThat(seats.getValue()).as("the existing value in its typed input").isEqualTo(3.0);
        assertThat(((Checkbox) fields.input("vip")).getValue()).isFalse();
        assertThat(((DatePicker) fields.input("since")).getLabel()).isEqualTo("Customer since");
        assertThat(((TextField) fields.input("note")).getValue()).isEmpty();
    }

    @Test
    void members_the_schema_does_not_define_stay_free_form_rows_and_an_untouched_form_is_unchanged() {
        CustomerView view = open();
        assertThat(view.data.data.rows).extracting(row -> row.key.getValue()).containsExactly("extra");
        assertThat(view.changes.isDirty()).isFalse();
    }

    @Test
    void a_missing_required_field_is_marked_next_to_it_and_nothing_is_saved() {
        CustomerView view = open();
        var before = stored();
        ((TextField) view.data.data.schema.input("note")).setValue("call first");

        _click(view.actions.save);

        HasValidation plan = (HasValidation) view.data.data.schema.input("plan");
        assertThat(plan.isInvalid()).isTrue();
        assertThat(plan.getErrorMessage()).isEqualTo("'Plan' is required");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void typed_values_are_saved_as_the_schema_types_them_next_to_the_free_form_ones() {
        CustomerView view = open();
        SchemaFields fields = view.data.data.schema;

        ((Select<String>) fields.input("plan")).setValue("gold");
        ((NumberField) fields.input("seats")).setValue(12.0);
        ((Checkbox) fields.input("vip")).setValue(true);
        ((DatePicker) fields.input("since")).setValue(LocalDate.of(2026, 1, 31));
        _click(view.actions.save);

        assertThat(stored()).containsEntry("plan", DataValue.of("gold")).containsEntry("seats", DataValue.of(12.0))
                .containsEntry("vip", DataValue.of(true)).containsEntry("since", DataValue.of("2026-01-31"))
                .containsEntry("extra", DataValue.of("free")).doesNotContainKey("note");
    }

    @Test
    void a_stored_value_that_does_not_fit_its_field_stays_a_row_marked_with_the_rule_and_is_not_saved() {
        demo.signIn("admin");
        setDataAsItWas();
        demo.signOut();
        CustomerView view = open();
        DataField.Row row = view.data.data.rows.stream().filter(r -> r.key.getValue().equals("seats")).findFirst()
                .orElseThrow();
        assertThat(((NumberField) view.data.data.schema.input("seats")).getValue()).isNull();
        @SuppressWarnings("unchecked")
        Select<String> plan = (Select<String>) view.data.data.schema.input("plan");
        plan.setValue("silver");

        _click(view.actions.save);

        assertThat(row.key.isInvalid()).isTrue();
        assertThat(row.key.getErrorMessage()).isEqualTo("'Seats' must be a number");
        assertThat(stored()).doesNotContainKey("plan");

        view.data.data.removeRow(row);
        ((NumberField) view.data.data.schema.input("seats")).setValue(4.0);
        _click(view.actions.save);
        assertThat(stored()).containsEntry("plan", DataValue.of("silver")).containsEntry("seats", DataValue.of(4.0));
    }

    @Test
    void show_in_grid_fields_are_sortable_columns_of_the_customers_grid_and_in_the_column_picker() {
        signIn("admin");
        navigate("portal/customers");
        CustomersView view = _get(CustomersView.class);
        view.filters.account.setValue(view.filters.account.getListDataView().getItems()
                .filter(a -> a.id().equals(accountId)).findFirst().orElseThrow());
        CustomerGrid grid = view.grid;

        var seats = grid.getColumnByKey("data.seats");
        assertThat(seats).isNotNull();
        assertThat(seats.isSortable()).isTrue();
        assertThat(CustomerGrid.label(seats)).isEqualTo("Seats");
        assertThat(grid.getColumnByKey("data.vip")).as("not shown in the grid").isNull();
        assertThat(view.columns.menu.getItems()).extracting(item -> item.getText()).contains("Plan", "Seats");

        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(seats,
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(2);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, 0, "data.seats")).isEqualTo("12");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, 0, "data.plan")).isEqualTo("gold");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, 1, "data.seats")).isEqualTo("3");
        assertThat(grid.currentSort()).isEqualTo(com.switchboard.customer.CustomerSort.byData("seats", false));
    }

    /** Data stored before the schema said what seats are (written directly: the domain would refuse it now). */
    private void setDataAsItWas() {
        jdbc.update("UPDATE customer SET data = ? WHERE id = ?",
                "{\"seats\":{\"stringValue\":\"many\"},\"extra\":{\"stringValue\":\"free\"}}", customerId);
    }
}
