package com.switchboard.preference;

/** The preferences a user keeps, each under its stored name. */
public enum Preference {
    /** "dark" or "light". */
    THEME("theme"),
    /** The keys of the columns the customers grid hides, comma-separated. */
    CUSTOMERS_HIDDEN_COLUMNS("customers.hidden-columns");

    private final String key;

    Preference(String key) {
        this.key = key;
    }

    /** The name the preference is stored under. */
    public String key() {
        return key;
    }
}
