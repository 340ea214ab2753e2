package com.switchboard.customer;

import java.util.Arrays;
import java.util.Locale;

/**
 * The fields a history row is written under, as a person reads them: the key, a label, how a stored
 * value reads. The portal's History tab and the API's log entries both speak through it, for the
 * customers' history and the accounts'; a key this list does not know reads as its words
 * ("someFlag": "Some flag").
 */
public enum HistoryField {
    STAGING("isStaging", "Routing"),
    NAME("name", "Name"),
    REFERENCE_ID("referenceId", "Reference id"),
    PARENT("parentCustomerId", "Parent"),
    TAGS("tags", "Tags"),
    DATA("data", "Custom data"),
    INTEGRATIONS("integrationData", "Integrations"),
    OVERRIDE_BILLING("overrideBillingSettings", "Own billing settings"),
    BILLING("billingSettings", "Billing"),
    OVERRIDE_APP("overrideAppSettings", "Own app settings"),
    APP_SETTINGS("appSettings", "App settings"),
    SCHEDULE("schedule", "Schedule"),
    MAX_PHONE_NUMBERS("maxPhoneNumbers", "Max phone numbers"),
    CREATED("created", "Created"),
    DELETED("deleted", "Deleted");

    private static final int LONGEST = 120;

    public final String key;
    public final String label;

    HistoryField(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** A stored value (as history keeps it, a string) as a person reads it. */
    public String text(String value) {
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
    public static HistoryField of(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst().orElse(null);
    }

    /** The label of {@code key}: its field's, else the key in words ("someFlag": "Some flag"). */
    public static String labelOf(String key) {
        HistoryField field = of(key);
        if (field != null) {
            return field.label;
        }
        String spaced = key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? key : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A change of {@code key} from one stored value to another, as a person reads it ("Production → Staging"). */
    public static String change(String key, String oldValue, String newValue) {
        HistoryField field = of(key);
        if (field == null) {
            return NAME.text(oldValue) + " → " + NAME.text(newValue);
        }
        if (field == CREATED || field == DELETED) {
            return field.text(field == CREATED ? newValue : oldValue);
        }
        return field.text(oldValue) + " → " + field.text(newValue);
    }

    /** The change as one line of a log entry: "Routing: Production → Staging". */
    public static String describe(String key, String oldValue, String newValue) {
        return labelOf(key) + ": " + change(key, oldValue, newValue);
    }
}
