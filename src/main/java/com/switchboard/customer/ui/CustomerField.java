package com.switchboard.customer.ui;

import com.switchboard.customer.CustomerEdit;
import com.switchboard.customer.HistoryField;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of a customer the editor changes: how each reads (its {@link HistoryField}, which the
 * History tab and the API's log entries speak through as well) and how to read it from a
 * {@link CustomerEdit}. The conflict dialog and the change notices speak through it.
 */
enum CustomerField {
    STAGING(HistoryField.STAGING, null),
    NAME(HistoryField.NAME, CustomerEdit::name),
    REFERENCE_ID(HistoryField.REFERENCE_ID, CustomerEdit::referenceId),
    PARENT(HistoryField.PARENT, CustomerEdit::parentCustomerId),
    TAGS(HistoryField.TAGS, CustomerEdit::tagIds),
    DATA(HistoryField.DATA, CustomerEdit::data),
    INTEGRATIONS(HistoryField.INTEGRATIONS, CustomerEdit::integrationData),
    OVERRIDE_BILLING(HistoryField.OVERRIDE_BILLING, CustomerEdit::overrideBillingSettings),
    BILLING(HistoryField.BILLING, CustomerEdit::billingSettings),
    OVERRIDE_APP(HistoryField.OVERRIDE_APP, CustomerEdit::overrideAppSettings),
    APP_SETTINGS(HistoryField.APP_SETTINGS, CustomerEdit::appSettings),
    SCHEDULE(HistoryField.SCHEDULE, CustomerEdit::schedule);

    final String key;
    final String label;
    private final HistoryField history;
    private final Function<CustomerEdit, Object> read;

    CustomerField(HistoryField history, Function<CustomerEdit, Object> read) {
        this.key = history.key;
        this.label = history.label;
        this.history = history;
        this.read = read;
    }

    /** True when {@code a} and {@code b} differ in this field. */
    boolean differs(CustomerEdit a, CustomerEdit b) {
        return read != null && !Objects.equals(read.apply(a), read.apply(b));
    }

    Object valueIn(CustomerEdit edit) {
        return read == null ? null : read.apply(edit);
    }

    /** A stored value (as history keeps it, a string) as a person reads it. */
    String text(String value) {
        return history.text(value);
    }
}
