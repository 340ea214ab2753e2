package com.switchboard.customer.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;

/** The customer's custom data, typed values by key. */
class DataTab extends CustomerTab {

    final DataField data = new DataField();

    DataTab(Binder<CustomerForm> binder) {
        binder.forField(data).withValidator((value, context) -> {
            String problem = data.problem();
            return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
        }).bind(f -> f.data, (f, v) -> f.data = v);
        wide(data);
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
