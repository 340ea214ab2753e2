package com.switchboard.account;

import com.switchboard.base.domain.DataRules;
import com.switchboard.base.domain.DataValue;
import com.switchboard.base.domain.PlainText;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.domain.ValidationException.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a customer-fields schema, and of custom data held to one. Data members the schema
 * does not define are not this class's business (free-form data stays allowed); {@link DataRules}
 * still holds all data to its own rules.
 */
public final class CustomerFieldRules {

    public static final int MAX_FIELDS = 200;
    public static final int MAX_DISPLAY_NAME = 100;
    public static final int MAX_DESCRIPTION = 1_000;
    public static final int MAX_POSSIBLE_VALUES = 100;
    public static final int MAX_POSSIBLE_VALUE = 100;
    /** The field name of the data in errors: {@code data.plan} names the data member {@code plan}. */
    public static final String DATA = "data";

    private CustomerFieldRules() {}

    /**
     * The schema as it is kept (texts stripped, blank ones absent), or {@link ValidationException}
     * naming every invalid member as {@code field.fields[i].member}.
     */
    public static List<CustomerField> checked(String field, List<CustomerField> fields) {
        if (fields == null) {
            return List.of();
        }
        if (fields.size() > MAX_FIELDS) {
            throw new ValidationException(field, "An account has at most " + MAX_FIELDS + " customer fields");
        }
        List<FieldError> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<CustomerField> kept = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String at = field + "[" + i + "]";
            CustomerField f = fields.get(i);
            if (f == null) {
                problems.add(new FieldError(at, "A customer field is missing"));
                continue;
            }
            String keyProblem = DataRules.keyProblem(f.name());
            if (keyProblem != null) {
                problems.add(new FieldError(at + ".name", keyProblem));
            } else if (!names.add(f.name().toLowerCase(Locale.ROOT))) {
                problems.add(new FieldError(at + ".name", "Two customer fields are named '" + f.name() + "'"));
            }
            String displayName = text(problems, at + ".displayName", "The display name", f.displayName(),
                    MAX_DISPLAY_NAME, false);
            String description = text(problems, at + ".description", "The description", f.description(),
                    MAX_DESCRIPTION, true);
            if (f.type() == null) {
                problems.add(new FieldError(at + ".type", "Choose a type: String, Number, Boolean or Date"));
            }
            List<String> choices = possibleValues(problems, at + ".possibleValues", f);
            CustomerField clean = new CustomerField(f.name(), displayName, f.type(), description, f.isRequired(),
                    f.defaultValue(), f.showInGrid(), choices);
            if (f.type() != null && f.defaultValue() != null) {
                String problem = f.defaultValue().membersSet() != 1 ? "must have exactly one value"
                        : valueProblem(clean, f.defaultValue());
                if (problem != null) {
                    problems.add(new FieldError(at + ".defaultValue", "The default value " + problem));
                }
            }
            kept.add(clean);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return List.copyOf(kept);
    }

    /** Every way {@code data} (null is none) breaks {@code schema}: a required member absent, a wrong type, a value not among the choices. */
    public static List<FieldError> problems(CustomerFields schema, Map<String, DataValue> data) {
        Map<String, DataValue> values = data == null ? Map.of() : data;
        List<FieldError> problems = new ArrayList<>();
        for (CustomerField f : schema.fields()) {
            DataValue value = values.get(f.name());
            String at = DATA + "." + f.name();
            if (value == null || isBlankText(value)) {
                if (f.isRequired()) {
                    problems.add(new FieldError(at, "'" + f.label() + "' is required"));
                } else if (value != null && f.type() != CustomerField.Type.String) {
                    problems.add(new FieldError(at, "'" + f.label() + "' " + valueProblem(f, value)));
                }
                continue;
            }
            String problem = value.membersSet() == 1 ? valueProblem(f, value) : null;
            if (problem != null) {
                problems.add(new FieldError(at, "'" + f.label() + "' " + problem));
            }
        }
        return problems;
    }

    /** {@code data} with the default value of every field it lacks that has one. */
    public static Map<String, DataValue> withDefaults(CustomerFields schema, Map<String, DataValue> data) {
        if (schema.fields().stream().noneMatch(f -> f.defaultValue() != null
                && (data == null || !data.containsKey(f.name())))) {
            return data;
        }
        Map<String, DataValue> filled = new java.util.LinkedHashMap<>(data == null ? Map.of() : data);
        schema.fields().stream().filter(f -> f.defaultValue() != null)
                .forEach(f -> filled.putIfAbsent(f.name(), f.defaultValue()));
        return filled;
    }

    /** Why a value of exactly one member does not fit {@code f}, or null when it does. */
    static String valueProblem(CustomerField f, DataValue value) {
        return switch (f.type()) {
            case String -> value.stringValue() == null ? "must be text"
                    : f.isChoice() && !f.possibleValues().contains(value.stringValue())
                            ? "must be one of: " + String.join(", ", f.possibleValues()) : null;
            case Number -> value.numberValue() == null || !Double.isFinite(value.numberValue()) ? "must be a number" : null;
            case Boolean -> value.boolValue() == null ? "must be true or false" : null;
            case Date -> value.stringValue() == null || !isDate(value.stringValue())
                    ? "must be a date as YYYY-MM-DD" : null;
        };
    }

    private static boolean isBlankText(DataValue value) {
        return value.membersSet() == 1 && value.stringValue() != null && value.stringValue().isBlank();
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return text.length() == 10;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static List<String> possibleValues(List<FieldError> problems, String at, CustomerField f) {
        List<String> values = f.possibleValues();
        if (values == null) {
            return null;
        }
        if (f.type() != null && f.type() != CustomerField.Type.String) {
            problems.add(new FieldError(at, "Only a String field is a choice among possible values"));
            return values;
        }
        if (values.size() > MAX_POSSIBLE_VALUES) {
            problems.add(new FieldError(at, "A choice has at most " + MAX_POSSIBLE_VALUES + " possible values"));
            return values;
        }
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            String stripped = value == null ? "" : value.strip();
            String problem = stripped.isEmpty() ? "A possible value is empty"
                    : stripped.length() > MAX_POSSIBLE_VALUE ? "A possible value has at most " + MAX_POSSIBLE_VALUE + " characters"
                    : PlainText.problem(stripped, false) != null ? "A possible value " + PlainText.problem(stripped, false)
                    : !seen.add(stripped) ? "'" + stripped + "' is a possible value twice" : null;
            if (problem != null) {
                problems.add(new FieldError(at, problem));
                return values;
            }
            kept.add(stripped);
        }
        return kept;
    }

    private static String text(List<FieldError> problems, String at, String label, String value, int max,
            boolean multiLine) {
        String stripped = value == null ? "" : value.strip();
        String problem = PlainText.problem(stripped, multiLine);
        if (problem != null) {
            problems.add(new FieldError(at, label + " " + problem));
        } else if (stripped.length() > max) {
            problems.add(new FieldError(at, label + " has at most " + max + " characters"));
        }
        return stripped.isEmpty() ? null : stripped;
    }
}
