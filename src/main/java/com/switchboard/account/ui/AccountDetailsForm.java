package com.switchboard.account.ui;

import com.switchboard.account.AccountService;
import com.switchboard.base.domain.PlainText;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;

/** An account's name and its phone number limit (empty: no limit), with their part of the binding. */
class AccountDetailsForm extends Composite<FormLayout> {

    final TextField name = new TextField("Name");
    final IntegerField maxPhoneNumbers = new IntegerField("Max phone numbers");

    AccountDetailsForm(Binder<AccountDraft> binder) {
        name(binder, name);
        maxPhoneNumbers.setMin(0);
        maxPhoneNumbers.setHelperText("Empty for no limit");
        binder.forField(maxPhoneNumbers).withValidator(v -> v == null || v >= 0, "Must be 0 or more, or empty")
                .bind(d -> d.maxPhoneNumbers, (d, v) -> d.maxPhoneNumbers = v);
        getContent().setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        getContent().add(name, maxPhoneNumbers);
    }

    /** The rules of an account's name, as the service has them: 1 to 200 characters of plain text. */
    static void name(Binder<AccountDraft> binder, TextField field) {
        field.setMaxLength(AccountService.MAX_NAME);
        binder.forField(field).asRequired("Name is required")
                .withValidator(v -> !v.isBlank(), "Name is required")
                .withValidator(v -> v.strip().length() <= AccountService.MAX_NAME,
                        "Name must be at most " + AccountService.MAX_NAME + " characters")
                .withValidator((v, context) -> {
                    String problem = PlainText.problem(v == null ? null : v.strip(), false);
                    return problem == null ? ValidationResult.ok() : ValidationResult.error("Name " + problem);
                })
                .bind(d -> d.name, (d, v) -> d.name = v);
    }
}
