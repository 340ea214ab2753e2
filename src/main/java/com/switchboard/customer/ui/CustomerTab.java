package com.switchboard.customer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;

/**
 * One tab of the customer page: a form with its part of the binding. One column on a phone, two
 * from 40em; a component added with {@link #wide} spans both.
 */
abstract class CustomerTab extends Composite<FormLayout> {

    /** The tab's key in the address: {@code /portal/customers/{id}/{key}}. */
    abstract String key();

    /** The tab's label. */
    abstract String label();

    CustomerTab() {
        getContent().setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        getContent().addClassName("customer-tab-" + getClass().getSimpleName().replace("Tab", "").toLowerCase());
    }

    void wide(com.vaadin.flow.component.Component... components) {
        for (var component : components) {
            getContent().add(component, 2);
        }
    }
}
