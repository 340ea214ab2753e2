package com.switchboard.customer.ui;

import com.switchboard.customer.CustomerEdit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of a customer as a person reads them: the key its history is written under, a label,
 * how a value reads, and (for what the editor changes) how to read it from a {@link CustomerEdit}.
 * History and the conflict dialog both speak through it.
 */
enum CustomerField {
    STAGING("isStaging", "Routing", null),
    NAME("name", "Name", CustomerEdit::name),
    REFERENCE_ID("referenceId", "Reference id", CustomerEdit::referenceId),
    PARENT("parentCustomerId", "Parent", CustomerEdit::parentCustomerId),
    TAGS("tags", "Tags", CustomerEdit::tagIds),
    DATA("data", "Custom data", CustomerEdit::data),
    INTEGRATIONS("integrationData", "Integrations", CustomerEdit::integrationData),
    OVERRIDE_BILLING("overrideBillingSettings", "Own billing settings", CustomerEdit::overrideBillingSettings),
    BILLING("billingSettings", "Billing", CustomerEdit::billingSettings),
    OVERRIDE_APP("overrideAppSettings", "Own app settings", CustomerEdit::overrideAppSettings),
    APP_SETTINGS("appSettings", "App settings", CustomerEdit::appSettings),
    SCHEDULE("schedule", "Schedule", CustomerEdit::schedule),
    CREATED("created", "Created", null),
    DELETED("deleted", "Deleted", null);

    private static final int LONGEST = 120;

    final String key;
    final String label;
    private final Function<CustomerEdit, Object> read;

    CustomerField(String key, String label, Function<CustomerEdit, Object> read) {
        this.key = key;
        this.label = label;
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
        if (value == null || value.isEmpty()) {
            return "—";
        }
        if (this == STAGING) {
            return Boolean.parseBoolean(value) ? "Staging" : "Production";
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value) ? "Yes" : "No";
        }
        return value.length() > LONGEST ? value.substring(0, LONGEST - 3) + "…" : value;
    }

    /** The field written under {@code key}, or null for a key this list does not know. */
    static CustomerField of(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst().orElse(null);
    }

    /** The label of {@code key}: its field's, else the key in words ("someFlag": "Some flag"). */
    static String labelOf(String key) {
        CustomerField field = of(key);
        if (field != null) {
            return field.label;
        }
        String spaced = key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? key : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A change of {@code key} from one stored value to another, as a person reads it. */
    static String change(String key, String oldValue, String newValue) {
        CustomerField field = of(key);
        if (field == null) {
            return NAME.text(oldValue) + " → " + NAME.text(newValue);
        }
        if (field == CREATED || field == DELETED) {
            return field.text(field == CREATED ? newValue : oldValue);
        }
        return field.text(oldValue) + " → " + field.text(newValue);
    }
}
