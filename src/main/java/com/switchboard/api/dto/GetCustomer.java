package com.switchboard.api.dto;

/** {@code GET /customers/{customerId}}. */
@DataContract(namespace = Namespaces.CUSTOMERS)
public class GetCustomer {
    public String customerId;
}
