package com.switchboard.customer;

import com.switchboard.base.domain.ValidationException;

/**
 * A customer that still has children cannot be deleted. It is a {@link ValidationException} of the
 * whole request (no field), so a form shows its message like any other refusal; the API answers it
 * as a conflict with the customer's current state.
 */
public class CustomerHasChildrenException extends ValidationException {

    private final long children;

    public CustomerHasChildrenException(String name, long children) {
        super(null, name + " has " + children + (children == 1 ? " child" : " children")
                + "; move or delete them first");
        this.children = children;
    }

    public long children() {
        return children;
    }
}
