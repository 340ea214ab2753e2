package com.switchboard.customer.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;

/** The customer's ids in third-party systems. */
class IntegrationsTab extends CustomerTab {

    final IntegrationsField integrations = new IntegrationsField();

    IntegrationsTab(Binder<CustomerForm> binder) {
        binder.forField(integrations).withValidator((value, context) -> {
            String problem = integrations.problem();
            return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
        }).bind(f -> f.integrations, (f, v) -> f.integrations = v);
        wide(integrations);
    }

    @Override
    String key() {
        return "integrations";
    }

    @Override
    String label() {
        return "Integrations";
    }
}
