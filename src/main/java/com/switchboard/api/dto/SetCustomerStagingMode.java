package com.switchboard.api.dto;

/** {@code POST /customers/{customerId}/staging}: route a customer's numbers to staging or production. */
@DataContract(namespace = Namespaces.CUSTOMERS)
public class SetCustomerStagingMode {
    /** The ID of the customer you want to update. */
    public String customerId;
    /** Should this customer's phone numbers route to the staging server. Required. */
    public Boolean isStaging;
}
