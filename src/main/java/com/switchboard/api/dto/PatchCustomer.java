package com.switchboard.api.dto;

import java.util.List;
import java.util.Map;

/**
 * {@code PATCH /customers/{customerId}}: changes the members the request carries and nothing
 * else; a member sent as null clears it.
 */
@DataContract(namespace = Namespaces.CUSTOMERS)
@ApiOperation(verb = "PATCH", routes = "/customers/{customerId}", response = CustomerInfo.class,
        summary = "Changes the fields the request carries (null clears one) and leaves the others as they are")
public class PatchCustomer {
    @ApiMember(description = "The ID of the customer you want to update", required = true)
    public String customerId;
    @ApiMember(description = "The name of the company")
    public String name;
    @ApiMember(description = "The parent customer ID for this customer (null: move to the top level)")
    public String parentCustomerId;
    @ApiMember(description = "The reference ID for this company, unique within the account")
    public String referenceId;
    @ApiMember(description = "This customer's data values")
    public Map<String, Value> data;
    @ApiMember(description = "The IDs of this customer's tags: replaces the set ([] clears it)")
    public List<String> tagIds;
    @ApiMember(description = "This customer's schedule")
    public Schedule schedule;
    @ApiMember(description = "Override this customer's billing settings? Otherwise inherits from parent")
    public Boolean overrideBillingSettings;
    @ApiMember(description = "Billing settings for this customer")
    public BillingSettings billingSettings;
    @ApiMember(description = "Should this customer override the parent customer's app settings")
    public Boolean overrideAppSettings;
    @ApiMember(description = "App / Portal settings for this customer")
    public AppSettings appSettings;
}
