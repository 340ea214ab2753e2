package com.switchboard.account.ui;

import com.switchboard.account.BillingItem;
import com.switchboard.account.BillingSettings;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;

/**
 * The billing defaults the account's customers inherit: the four amounts of each of the eleven
 * items, each 0 or more.
 */
class BillingDefaultsForm extends Composite<FormLayout> {

    private final List<NumberField[]> fields = new ArrayList<>();

    BillingDefaultsForm(Binder<AccountDraft> binder) {
        FormLayout form = getContent();
        form.addClassName("billing-defaults");
        form.setResponsiveSteps(new ResponsiveStep("0", 2), new ResponsiveStep("40em", 4));
        for (int i = 0; i < AccountDraft.BILLING_ITEMS.size(); i++) {
            String item = BillingSettings.label(AccountDraft.BILLING_ITEMS.get(i));
            H3 heading = new H3(item);
            heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.MEDIUM,
                    LumoUtility.Margin.Bottom.NONE);
            form.add(heading, 4);
            NumberField[] row = new NumberField[BillingItem.LABELS.size()];
            for (int c = 0; c < row.length; c++) {
                NumberField field = new NumberField(BillingItem.LABELS.get(c));
                field.setMin(0);
                field.setAriaLabel(item + " " + BillingItem.LABELS.get(c).toLowerCase());
                int itemIndex = i;
                int column = c;
                binder.forField(field).asRequired("Enter an amount")
                        .withValidator(v -> v >= 0 && Double.isFinite(v), "Must be 0 or more")
                        .bind(d -> d.billing[itemIndex][column], (d, v) -> d.billing[itemIndex][column] = v);
                row[c] = field;
                form.add(field);
            }
            fields.add(row);
        }
    }

    /** The field of one amount: {@code item} as in {@link AccountDraft#BILLING_ITEMS}, {@code column} as in {@link BillingItem#LABELS}. */
    NumberField field(String item, int column) {
        return fields.get(AccountDraft.BILLING_ITEMS.indexOf(item))[column];
    }
}
