package com.switchboard.customer;

import com.switchboard.base.domain.JsonDocument;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What the customer portal of the voice platform shows and how it looks. A customer that overrides
 * holds its own; the others inherit from the nearest ancestor that does, else {@link #DEFAULTS}.
 * {@link Field} describes each component once (label, kind, limits) for every form and display.
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

    /** How a setting is entered. */
    public enum Kind { FLAG, TEXT, LONG_TEXT, WEB_ADDRESS }

    /**
     * The components of {@link AppSettings}, in their order, with what a person sees of them. The
     * constant's name is the component's name in upper snake case; the class checks it on load.
     */
    public enum Field {
        ENABLE_PHONE_NUMBER_MANAGEMENT("Phone number management", Kind.FLAG, 0),
        ENABLE_DEVICE_MANAGEMENT("Device management", Kind.FLAG, 0),
        ENABLE_DIALER("Dialer", Kind.FLAG, 0),
        ENABLE_CALL_HISTORY("Call history", Kind.FLAG, 0),
        ENABLE_ASSISTANTS("Assistants", Kind.FLAG, 0),
        SHOW_FILE_NAME_IN_MESSAGE_CENTER("Show file names in the message center", Kind.FLAG, 0),
        CHAKRA_THEME("Theme", Kind.TEXT, 0),
        CUSTOM_CSS("Custom CSS", Kind.LONG_TEXT, 100_000),
        PAGE_TITLE("Page title", Kind.TEXT, 200),
        STRING_MAPPINGS("String mappings", Kind.LONG_TEXT, 0),
        LOGOUT_URL("Logout URL", Kind.WEB_ADDRESS, 0),
        PORT_MY_NUMBER_URL("Port my number URL", Kind.WEB_ADDRESS, 0);

        private static final RecordComponent[] COMPONENTS = AppSettings.class.getRecordComponents();
        private static final Constructor<AppSettings> CANONICAL;

        static {
            if (COMPONENTS.length != values().length) {
                throw new IllegalStateException("AppSettings.Field does not list every component");
            }
            for (Field f : values()) {
                if (!COMPONENTS[f.ordinal()].getName().equals(f.componentName())) {
                    throw new IllegalStateException(f + " is not the component " + COMPONENTS[f.ordinal()].getName());
                }
            }
            try {
                CANONICAL = AppSettings.class.getDeclaredConstructor(
                        Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        private final String label;
        private final Kind kind;
        private final int maxLength;

        Field(String label, Kind kind, int maxLength) {
            this.label = label;
            this.kind = kind;
            this.maxLength = maxLength;
        }

        public String label() {
            return label;
        }

        public Kind kind() {
            return kind;
        }

        /** The most characters a text setting takes (as {@link CustomerValidation} enforces); 0: no limit here. */
        public int maxLength() {
            return maxLength;
        }

        /** The component's name: {@code ENABLE_DIALER} is {@code enableDialer}. */
        public String componentName() {
            StringBuilder name = new StringBuilder();
            for (String part : name().toLowerCase(Locale.ROOT).split("_")) {
                name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
            return name.toString();
        }

        /** This setting's value in {@code settings}: a {@code Boolean} for flags, else a {@code String} or null. */
        public Object get(AppSettings settings) {
            try {
                return COMPONENTS[ordinal()].getAccessor().invoke(settings);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The settings with these values; a missing flag is false, a missing text null. */
        public static AppSettings settings(Map<Field, ?> values) {
            Object[] args = new Object[COMPONENTS.length];
            for (Field f : values()) {
                Object value = values.get(f);
                args[f.ordinal()] = f.kind == Kind.FLAG ? Boolean.TRUE.equals(value) : value;
            }
            try {
                return CANONICAL.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
