package com.switchboard.base.domain;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of a {@code Struct} of {@link DataValue}s (a customer's data, a rule's flow parameters):
 * keys are identifiers, each value has exactly one member, text is {@link PlainText} on one line,
 * numbers are finite, and the whole is bounded: at most {@value #MAX_DEPTH} levels below the top,
 * {@value #MAX_KEYS} keys and list items in all and {@value #MAX_TOTAL_TEXT} characters of keys and text in all,
 * each text at most {@value #MAX_TEXT}.
 */
public final class DataRules {

    public static final int MAX_KEY = 64;
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_DEPTH = 5;
    public static final int MAX_KEYS = 1_000;
    public static final int MAX_TOTAL_TEXT = 64 * 1024;
    /** Data and integration keys: a letter, then letters, digits, '_', '-' or '.'. */
    public static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]{0," + (MAX_KEY - 1) + "}");

    private DataRules() {}

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

    /** Refuses {@code struct} (null is none) with a {@link ValidationException} naming {@code field}. */
    public static void require(String field, Map<String, DataValue> struct) {
        if (struct != null) {
            new Walk(field).struct(struct, 0);
        }
    }

    /** One pass over a struct, counting keys and text as it goes. */
    private static final class Walk {
        private final String field;
        private int keys;
        private long text;

        Walk(String field) {
            this.field = field;
        }

        void struct(Map<String, DataValue> values, int depth) {
            if (depth > MAX_DEPTH) {
                throw new ValidationException(field, "Data may nest at most " + MAX_DEPTH + " levels");
            }
            count(values.size());
            for (var entry : values.entrySet()) {
                String problem = keyProblem(entry.getKey());
                if (problem != null) {
                    throw new ValidationException(field, problem + ": '" + entry.getKey() + "'");
                }
                value(entry.getKey(), entry.getValue(), depth);
            }
        }

        private void value(String key, DataValue value, int depth) {
            if (value == null || value.membersSet() != 1) {
                throw new ValidationException(field, "'" + key + "' must have exactly one value");
            }
            text += key.length();
            if (value.stringValue() != null) {
                if (value.stringValue().length() > MAX_TEXT) {
                    throw new ValidationException(field, "'" + key + "' is longer than " + MAX_TEXT);
                }
                PlainText.require(field, "'" + key + "'", value.stringValue(), false);
                text += value.stringValue().length();
            }
            if (text > MAX_TOTAL_TEXT) {
                throw new ValidationException(field, "Data may hold at most " + MAX_TOTAL_TEXT
                        + " characters of keys and text in all");
            }
            if (value.numberValue() != null && !Double.isFinite(value.numberValue())) {
                throw new ValidationException(field, "'" + key + "' is not a number");
            }
            if (value.structValue() != null) {
                struct(value.structValue(), depth + 1);
            }
            List<Map<String, DataValue>> list = value.listValue();
            if (list != null) {
                for (Map<String, DataValue> item : list) {
                    if (item == null) {
                        throw new ValidationException(field, "'" + key + "' has a missing item");
                    }
                    count(1);
                    struct(item, depth + 1);
                }
            }
        }

        /** Counts keys and list items: together at most {@value #MAX_KEYS}. */
        private void count(int entries) {
            keys += entries;
            if (keys > MAX_KEYS) {
                throw new ValidationException(field, "Data may have at most " + MAX_KEYS + " keys and items in all");
            }
        }
    }
}
