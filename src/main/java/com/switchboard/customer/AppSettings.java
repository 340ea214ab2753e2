package com.switchboard.customer;

import com.switchboard.base.domain.JsonDocument;

/**
 * What the customer portal of the voice platform shows and how it looks. A customer that overrides
 * holds its own; the others inherit from the nearest ancestor that does, else {@link #DEFAULTS}.
 */
public record AppSettings(
        boolean enablePhoneNumberManagement,
        boolean enableDeviceManagement,
        boolean enableDialer,
        boolean enableCallHistory,
        boolean enableAssistants,
        boolean showFileNameInMessageCenter,
        String chakraTheme,
        String customCss,
        String pageTitle,
        String stringMappings,
        String logoutUrl,
        String portMyNumberUrl) implements JsonDocument {

    /** The system defaults: every feature on, no branding. */
    public static final AppSettings DEFAULTS =
            new AppSettings(true, true, true, true, true, false, null, null, null, null, null, null);
}
