package com.switchboard.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.switchboard.base.domain.DataValue;
import com.switchboard.base.domain.JsonDocument;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A customer's custom data: string keys to typed values, in the order they were given. */
public record CustomerData(Map<String, DataValue> values) implements JsonDocument {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CustomerData {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @JsonValue
    @Override
    public Map<String, DataValue> values() {
        return values;
    }
}
