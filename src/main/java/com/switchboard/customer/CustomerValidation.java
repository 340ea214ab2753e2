package com.switchboard.customer;

import com.switchboard.account.BillingSettings;
import com.switchboard.base.domain.DataRules;
import com.switchboard.base.domain.PlainText;
import com.switchboard.base.domain.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** The rules every stored customer value obeys, whoever sends it. */
public final class CustomerValidation {

    public static final int MAX_REFERENCE_ID = 200;
    public static final int MAX_KEY = DataRules.MAX_KEY;
    public static final int MAX_TEXT = DataRules.MAX_TEXT;

    private CustomerValidation() {}

    /** A customer's name, stripped: required, at most {@value Customer#MAX_NAME_LENGTH} characters, plain text. */
    public static String name(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException("name", "Name is required");
        }
        if (trimmed.length() > Customer.MAX_NAME_LENGTH) {
            throw new ValidationException("name", "Name must be at most " + Customer.MAX_NAME_LENGTH + " characters");
        }
        PlainText.require("name", "Name", trimmed, false);
        return trimmed;
    }

    public static String referenceId(String referenceId) {
        if (referenceId != null && referenceId.strip().length() > MAX_REFERENCE_ID) {
            throw new ValidationException("referenceId", "Reference id must be at most " + MAX_REFERENCE_ID
                    + " characters");
        }
        if (referenceId != null) {
            PlainText.require("referenceId", "Reference id", referenceId.strip(), false);
        }
        return referenceId;
    }

    /** Why {@code key} is not a valid data or integration key, or null when it is. */
    public static String keyProblem(String key) {
        return DataRules.keyProblem(key);
    }

    public static void data(CustomerData data) {
        if (data != null) {
            DataRules.require("data", data.values());
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
            PlainText.require("integrationData", "The third-party id of '" + entry.getKey() + "'", entry.getValue(),
                    false);
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
        for (AppSettings.Field setting : AppSettings.Field.values()) {
            if (setting.get(settings) instanceof String text) {
                PlainText.require("appSettings." + setting.componentName(), setting.label(), text.strip(),
                        setting.kind() == AppSettings.Kind.LONG_TEXT);
            }
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
