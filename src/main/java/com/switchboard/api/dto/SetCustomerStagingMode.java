package com.switchboard.api.dto;

/** {@code POST /customers/{customerId}/staging}: route a customer's numbers to staging or production. */
@DataContract(namespace = Namespaces.CUSTOMERS)
@ApiOperation(verb = "POST", routes = "/customers/{customerId}/staging", response = CustomerInfo.class,
        summary = "Routes a customer's phone numbers to the staging server or back to production")
public class SetCustomerStagingMode {
    @ApiMember(description = "The ID of the customer you want to update", required = true)
    public String customerId;
    @ApiMember(description = "Should this customer's phone numbers route to the staging server", required = true)
    public Boolean isStaging;
}
