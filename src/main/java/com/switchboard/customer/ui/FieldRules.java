package com.switchboard.customer.ui;

import com.switchboard.customer.Customer;
import com.switchboard.customer.CustomerValidation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;

/** The field rules of a customer's name and reference id, shared by every form that edits them. */
final class FieldRules {

    private FieldRules() {}

    static <B> void name(Binder<B> binder, TextField field, ValueProvider<B, String> get, Setter<B, String> set) {
        binder.forField(field).asRequired("Name is required")
                .withValidator(v -> v.strip().length() <= Customer.MAX_NAME_LENGTH,
                        "Name must be at most " + Customer.MAX_NAME_LENGTH + " characters")
                .bind(get, set);
    }

    static <B> void referenceId(Binder<B> binder, TextField field, ValueProvider<B, String> get,
            Setter<B, String> set) {
        binder.forField(field)
                .withValidator(v -> v.strip().length() <= CustomerValidation.MAX_REFERENCE_ID,
                        "Reference id must be at most " + CustomerValidation.MAX_REFERENCE_ID + " characters")
                .bind(get, set);
    }
}
