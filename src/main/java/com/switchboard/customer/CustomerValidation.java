package com.switchboard.customer;

import com.switchboard.account.BillingSettings;
import com.switchboard.base.domain.DataValue;
import com.switchboard.base.domain.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The rules every stored customer value obeys, whoever sends it. */
public final class CustomerValidation {

    public static final int MAX_REFERENCE_ID = 200;
    public static final int MAX_KEY = 64;
    public static final int MAX_TEXT = 10_000;
    /** Data and integration keys: a letter, then letters, digits, '_', '-' or '.'. */
    public static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]{0," + (MAX_KEY - 1) + "}");

    private CustomerValidation() {}

    public static String referenceId(String referenceId) {
        if (referenceId != null && referenceId.strip().length() > MAX_REFERENCE_ID) {
            throw new ValidationException("referenceId", "Reference id must be at most " + MAX_REFERENCE_ID
                    + " characters");
        }
        return referenceId;
    }

    /** Why {@code key} is not a valid data or integration key, or null when it is. */
    public static String keyProblem(String key) {
        if (key == null || key.isBlank()) {
            return "A key is required";
        }
        if (!KEY.matcher(key).matches()) {
            return "Keys start with a letter and hold letters, digits, '_', '-' or '.' (at most " + MAX_KEY + ")";
        }
        return null;
    }

    public static void data(CustomerData data) {
        if (data != null) {
            struct("data", data.values(), 0);
        }
    }

    private static void struct(String field, Map<String, DataValue> values, int depth) {
        if (depth > 5) {
            throw new ValidationException(field, "Data may nest at most 5 levels");
        }
        for (var entry : values.entrySet()) {
            String problem = keyProblem(entry.getKey());
            if (problem != null) {
                throw new ValidationException(field, problem + ": '" + entry.getKey() + "'");
            }
            DataValue value = entry.getValue();
            if (value == null || value.membersSet() != 1) {
                throw new ValidationException(field, "'" + entry.getKey() + "' must have exactly one value");
            }
            if (value.stringValue() != null && value.stringValue().length() > MAX_TEXT) {
                throw new ValidationException(field, "'" + entry.getKey() + "' is longer than " + MAX_TEXT);
            }
            if (value.numberValue() != null && !Double.isFinite(value.numberValue())) {
                throw new ValidationException(field, "'" + entry.getKey() + "' is not a number");
            }
            if (value.structValue() != null) {
                struct(field, value.structValue(), depth + 1);
            }
            if (value.listValue() != null) {
                for (Map<String, DataValue> item : value.listValue()) {
                    struct(field, item, depth + 1);
                }
            }
        }
    }

    public static void integrationData(IntegrationData integrations) {
        if (integrations == null) {
            return;
        }
        for (var entry : integrations.thirdPartyIds().entrySet()) {
            String problem = keyProblem(entry.getKey());
            if (problem != null) {
                throw new ValidationException("integrationData", problem + ": '" + entry.getKey() + "'");
            }
            if (entry.getValue() == null || entry.getValue().isBlank() || entry.getValue().length() > 200) {
                throw new ValidationException("integrationData",
                        "The third-party id of '" + entry.getKey() + "' must have 1 to 200 characters");
            }
        }
    }

    public static void billing(boolean override, BillingSettings settings) {
        if (override && settings == null) {
            throw new ValidationException("billingSettings", "Overriding billing needs billing settings");
        }
        String invalid = settings == null ? null : settings.invalidItem();
        if (invalid != null) {
            throw new ValidationException("billingSettings", "Every amount of '" + invalid + "' must be a number of at least 0");
        }
    }

    public static void appSettings(boolean override, AppSettings settings) {
        if (override && settings == null) {
            throw new ValidationException("appSettings", "Overriding app settings needs app settings");
        }
        if (settings == null) {
            return;
        }
        for (String url : List.of(nullToEmpty(settings.logoutUrl()), nullToEmpty(settings.portMyNumberUrl()))) {
            if (!url.isEmpty() && !isWebAddress(url)) {
                throw new ValidationException("appSettings", "'" + url + "' is not an http or https address");
            }
        }
        if (nullToEmpty(settings.pageTitle()).length() > 200) {
            throw new ValidationException("appSettings", "The page title must be at most 200 characters");
        }
        if (nullToEmpty(settings.customCss()).length() > 100_000) {
            throw new ValidationException("appSettings", "The custom CSS must be at most 100,000 characters");
        }
    }

    public static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
