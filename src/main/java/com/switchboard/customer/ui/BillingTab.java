package com.switchboard.customer.ui;

import com.switchboard.account.BillingItem;
import com.switchboard.account.BillingSettings;
import com.switchboard.customer.CustomerDetails.Inherited;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The customer's price list, one block per billable item. While not overriding, it shows the
 * inherited prices read-only and where they come from.
 */
class BillingTab extends CustomerTab {

    /** The four prices of an item, in the order of {@code BillingItem}'s components. */
    enum Column {
        BASE_COST, RAW_UNIT_MULTIPLIER, UNIT_COST, ALLOWANCE;

        final String label = BillingItem.LABELS.get(ordinal());
    }

    final Checkbox overrideBilling = new Checkbox("Override billing settings");
    final Span billingSource = new Span();
    private final Map<String, Map<Column, NumberField>> fields = new LinkedHashMap<>();
    private Inherited<BillingSettings> inherited;
    private String accountName = "";
    private String refusal;

    BillingTab(Binder<CustomerForm> binder) {
        overrideBilling.addValueChangeListener(e -> showInherited());
        binder.forField(overrideBilling).bind(f -> f.overrideBilling, (f, v) -> f.overrideBilling = v);
        billingSource.addClassName("inherited-note");
        getContent().add(overrideBilling, billingSource);
        for (int i = 0; i < CustomerForm.BILLING_ITEMS.size(); i++) {
            String item = CustomerForm.BILLING_ITEMS.get(i);
            H3 heading = new H3(label(item));
            heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.MEDIUM,
                    LumoUtility.Margin.Bottom.NONE);
            FormLayout prices = new FormLayout();
            prices.setResponsiveSteps(new ResponsiveStep("0", 2), new ResponsiveStep("40em", 4));
            Map<Column, NumberField> row = new EnumMap<>(Column.class);
            for (Column column : Column.values()) {
                NumberField field = new NumberField(column.label);
                field.setMin(0);
                field.setAriaLabel(label(item) + " " + column.label.toLowerCase());
                int itemIndex = i;
                int columnIndex = column.ordinal();
                binder.forField(field).asRequired("Enter an amount")
                        .withValidator(v -> v >= 0 && Double.isFinite(v), "Must be 0 or more")
                        .bind(f -> f.billing[itemIndex][columnIndex],
                                (f, v) -> f.billing[itemIndex][columnIndex] = v == null ? 0 : v);
                row.put(column, field);
                prices.add(field);
            }
            fields.put(item, row);
            wide(heading, prices);
        }
    }

    @Override
    String key() {
        return "billing";
    }

    @Override
    String label() {
        return "Billing";
    }

    NumberField field(String item, Column column) {
        return fields.get(item).get(column);
    }

    /** What this customer inherits, from where, and why it may not override (null: it may). */
    void setInherited(Inherited<BillingSettings> inherited, String accountName, String refusal) {
        this.inherited = inherited;
        this.accountName = accountName;
        this.refusal = refusal;
        overrideBilling.setReadOnly(refusal != null);
        showInherited();
    }

    /** While not overriding, the fields show the inherited values read-only, and where they come from. */
    void showInherited() {
        if (inherited == null) {
            return;
        }
        boolean own = overrideBilling.getValue();
        if (!own) {
            CustomerForm shown = new CustomerForm();
            shown.setBilling(inherited.value());
            for (int i = 0; i < CustomerForm.BILLING_ITEMS.size(); i++) {
                for (Column column : Column.values()) {
                    field(CustomerForm.BILLING_ITEMS.get(i), column).setValue(shown.billing[i][column.ordinal()]);
                }
            }
        }
        fields.values().forEach(row -> row.values().forEach(f -> f.setReadOnly(!own || refusal != null)));
        billingSource.setText(refusal != null ? refusal
                : own ? "This customer's own billing settings"
                : "Inherited from " + (inherited.sourceCustomerId() == null ? "the account " + accountName
                        : inherited.sourceName()));
    }

    /** "inboundSmsMessages" as a person reads it: "Inbound SMS messages". */
    static String label(String camel) {
        return BillingSettings.label(camel);
    }
}
