package com.switchboard.customer.ui;

import com.switchboard.customer.Customer;
import com.switchboard.customer.CustomerValidation;
import com.switchboard.base.domain.PlainText;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.ValueProvider;

/** The field rules of a customer's name and reference id, shared by every form that edits them, and the text rule. */
final class FieldRules {

    private FieldRules() {}

    static <B> void name(Binder<B> binder, TextField field, ValueProvider<B, String> get, Setter<B, String> set) {
        binder.forField(field).asRequired("Name is required")
                .withValidator(v -> v.strip().length() <= Customer.MAX_NAME_LENGTH,
                        "Name must be at most " + Customer.MAX_NAME_LENGTH + " characters")
                .withValidator(plainText("Name", false))
                .bind(get, set);
    }

    static <B> void referenceId(Binder<B> binder, TextField field, ValueProvider<B, String> get,
            Setter<B, String> set) {
        binder.forField(field)
                .withValidator(v -> v.strip().length() <= CustomerValidation.MAX_REFERENCE_ID,
                        "Reference id must be at most " + CustomerValidation.MAX_REFERENCE_ID + " characters")
                .withValidator(plainText("Reference id", false))
                .bind(get, set);
    }

    /**
     * The domain's {@link PlainText} rule as a field validator, for values the domain strips
     * (name, reference id, settings): "Name contains a control character (U+0001)".
     */
    static Validator<String> plainText(String label, boolean multiLine) {
        return (value, context) -> {
            String problem = textProblem(label, value == null ? null : value.strip(), multiLine);
            return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
        };
    }

    /** What is wrong with {@code value} by the {@link PlainText} rule, named by {@code label}; null when nothing. */
    static String textProblem(String label, String value, boolean multiLine) {
        String problem = PlainText.problem(value, multiLine);
        return problem == null ? null : label + " " + problem;
    }
}
