package com.switchboard.api.dto;

/** {@code GET /customers/{customerId}}. */
@DataContract(namespace = Namespaces.CUSTOMERS)
@ApiOperation(verb = "GET", routes = "/customers/{customerId}", response = CustomerInfo.class,
        summary = "Gets a customer")
public class GetCustomer {
    @ApiMember(description = "The ID of the customer you want", required = true)
    public String customerId;
}
