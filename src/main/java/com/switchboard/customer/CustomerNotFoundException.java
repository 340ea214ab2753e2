package com.switchboard.customer;

import com.switchboard.base.domain.NotFoundException;

/**
 * No customer with that id that the user may see. Customers of other accounts answer this too, so
 * that nobody learns which ids exist outside their reach.
 */
public class CustomerNotFoundException extends NotFoundException {

    public CustomerNotFoundException(String id) {
        super("Customer '" + id + "' does not exist");
    }
}
