package com.switchboard.customer.ui;

import com.switchboard.account.CustomerFields;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.function.Function;

/**
 * The customer's custom data: the fields the account's schema defines as typed inputs, checked in
 * the form, then free-form typed values by key.
 */
class DataTab extends CustomerTab {

    final DataField data = new DataField();
    private final Function<String, CustomerFields> schemaOf;

    DataTab(Binder<CustomerForm> binder, Function<String, CustomerFields> schemaOf) {
        this.schemaOf = schemaOf;
        binder.forField(data).withValidator((value, context) -> {
            String problem = data.problem();
            return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
        }).bind(f -> f.data, (f, v) -> f.data = v);
        wide(data);
    }

    /** Shows the inputs of the schema of {@code accountId}; before the customer's data is read. */
    void showSchemaOf(String accountId) {
        data.setSchema(schemaOf.apply(accountId));
    }

    @Override
    String key() {
        return "data";
    }

    @Override
    String label() {
        return "Data";
    }
}
