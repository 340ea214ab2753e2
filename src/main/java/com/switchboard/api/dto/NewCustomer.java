package com.switchboard.api.dto;

import java.util.Map;

/** {@code POST /customers}: creates a customer. */
@DataContract(namespace = Namespaces.CUSTOMERS)
@ApiOperation(verb = "POST", routes = "/customers", response = CustomerInfo.class,
        summary = "Creates a customer in an account you manage, optionally under a parent of that account")
public class NewCustomer {
    @ApiMember(description = "The ID of the account to create the customer in", required = true)
    public String accountId;
    @ApiMember(description = "The name of the company", required = true)
    public String name;
    @ApiMember(description = "The parent customer ID for this customer (none: a top-level customer)")
    public String parentCustomerId;
    @ApiMember(description = "The reference ID for this company, unique within the account")
    public String referenceId;
    @ApiMember(description = "This customer's data values")
    public Map<String, Value> data;
}
