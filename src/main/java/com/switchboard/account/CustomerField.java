package com.switchboard.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.switchboard.base.domain.DataValue;
import java.util.List;

/**
 * One field of the schema of an account's customers' custom data: the data key {@code name}, how
 * the portal labels and describes it, its {@link Type}, whether every customer must have it, the
 * value a new customer gets when none is given, and whether it can be a column of the customer grid.
 * A {@link Type#String} field with {@code possibleValues} is a choice among them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerField(String name, String displayName, Type type, String description, boolean isRequired,
        DataValue defaultValue, boolean showInGrid, List<String> possibleValues) {

    /** The types a customer field can have, as the API names them (the reference's {@code ValueTypes}). */
    public enum Type { String, Number, Boolean, Date }

    public CustomerField {
        possibleValues = possibleValues == null || possibleValues.isEmpty() ? null : List.copyOf(possibleValues);
    }

    /** Is this field a choice among {@link #possibleValues}? */
    public boolean isChoice() {
        return possibleValues != null;
    }

    /** What a person calls it: its display name, else its key. */
    public String label() {
        return displayName == null || displayName.isBlank() ? name : displayName;
    }
}
