package com.switchboard.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.switchboard.base.domain.JsonDocument;
import java.util.List;
import java.util.Optional;

/** The schema of an account's customers' custom data: its fields, in their order (stored as one document). */
public record CustomerFields(List<CustomerField> fields) implements JsonDocument {

    public static final CustomerFields NONE = new CustomerFields(List.of());

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CustomerFields {
        fields = List.copyOf(fields);
    }

    @JsonValue
    @Override
    public List<CustomerField> fields() {
        return fields;
    }

    public Optional<CustomerField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
