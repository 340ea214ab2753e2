package com.switchboard.base.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value of a customer's custom data ({@code Struct}): exactly one of the five members is set.
 * A list holds structs, as the contract's {@code listValue: Struct[]} says. Immutable all the way
 * down: the list and the structs are unmodifiable copies, in the order given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataValue(
        Boolean boolValue,
        String stringValue,
        Double numberValue,
        List<Map<String, DataValue>> listValue,
        Map<String, DataValue> structValue) {

    public DataValue {
        listValue = listValue == null ? null
                : Collections.unmodifiableList(listValue.stream().map(DataValue::frozen).collect(
                        ArrayList::new, ArrayList::add, ArrayList::addAll));
        structValue = frozen(structValue);
    }

    /** An unmodifiable copy of a struct, in its order (null stays null). */
    private static Map<String, DataValue> frozen(Map<String, DataValue> struct) {
        return struct == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(struct));
    }

    public static DataValue of(boolean value) {
        return new DataValue(value, null, null, null, null);
    }

    public static DataValue of(String value) {
        return new DataValue(null, value, null, null, null);
    }

    public static DataValue of(double value) {
        return new DataValue(null, null, value, null, null);
    }

    public static DataValue ofList(List<Map<String, DataValue>> value) {
        return new DataValue(null, null, null, List.copyOf(value), null);
    }

    public static DataValue ofStruct(Map<String, DataValue> value) {
        return new DataValue(null, null, null, null, Map.copyOf(value));
    }

    /** How many of the members are set; a valid value has exactly one. */
    public int membersSet() {
        int n = 0;
        if (boolValue != null) n++;
        if (stringValue != null) n++;
        if (numberValue != null) n++;
        if (listValue != null) n++;
        if (structValue != null) n++;
        return n;
    }
}
