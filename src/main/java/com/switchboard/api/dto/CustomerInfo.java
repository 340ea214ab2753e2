package com.switchboard.api.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** A customer as API callers receive it. */
@DataContract(namespace = Namespaces.CUSTOMERS)
@JsonPropertyOrder({"accountId", "parentCustomerId", "breadcrumb", "accountName", "isStaging", "name", "referenceId",
        "data", "tags", "schedule", "integrationData", "overrideBillingSettings", "billingSettings",
        "overrideAppSettings", "appSettings", "id", "dateCreated", "dateLastModified", "createdBy", "lastModifiedBy"})
public class CustomerInfo extends EntityInfo {
    @ApiMember(description = "The ID of the account associated with this customer")
    public String accountId;
    @ApiMember(description = "The parent customer ID for this customer")
    public String parentCustomerId;
    @ApiMember(description = "The breadcrumb to this customer")
    public List<CustomerBreadcrumb> breadcrumb;
    @ApiMember(description = "The name of the account associated with this customer")
    public String accountName;
    @ApiMember(description = "Is this customer staging or production?")
    public boolean isStaging;
    @ApiMember(description = "The name of the company")
    public String name;
    @ApiMember(description = "The reference ID for this company")
    public String referenceId;
    @ApiMember(description = "This customer's data values")
    public Map<String, Value> data;
    @ApiMember(description = "The list of tags for this customer")
    public List<Tag> tags;
    @ApiMember(description = "This customer's schedule")
    public Schedule schedule;
    @ApiMember(description = "Integration data for this customer")
    public Map<String, IntegrationData> integrationData;
    @ApiMember(description = "Override this customer's billing settings? Otherwise inherits from parent")
    public boolean overrideBillingSettings;
    @ApiMember(description = "Billing settings for this customer")
    public BillingSettings billingSettings;
    @ApiMember(description = "Should this customer override the parent customer's app settings")
    public boolean overrideAppSettings;
    @ApiMember(description = "App / Portal settings for this customer")
    public AppSettings appSettings;
}
