package com.switchboard.customer.ui;

import com.switchboard.base.domain.JsonDocuments;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerNotFoundException;
import com.switchboard.customer.Tag;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** A value of an edit as a person reads it: tag names, the parent's name, JSON for the rest. */
final class FieldText implements BiFunction<CustomerField, Object, String> {

    private final Map<String, Tag> catalogue;
    private final transient CustomerDirectory customers;

    FieldText(Map<String, Tag> catalogue, CustomerDirectory customers) {
        this.catalogue = catalogue;
        this.customers = customers;
    }

    @Override
    public String apply(CustomerField field, Object value) {
        if (value == null) {
            return field.text(null);
        }
        return switch (field) {
            case TAGS -> ((Collection<?>) value).isEmpty() ? "none" : ((Collection<?>) value).stream()
                    .map(id -> catalogue.containsKey(id) ? catalogue.get(id).name() : String.valueOf(id))
                    .sorted().collect(Collectors.joining(", "));
            case PARENT -> parentName((String) value);
            case NAME, REFERENCE_ID, OVERRIDE_BILLING, OVERRIDE_APP -> field.text(String.valueOf(value));
            default -> field.text(JsonDocuments.toJson(value));
        };
    }

    private String parentName(String id) {
        try {
            return customers.get(id).customer().getName();
        } catch (CustomerNotFoundException e) {
            return id;
        }
    }
}
