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
    public String accountId;
    public String parentCustomerId;
    public List<CustomerBreadcrumb> breadcrumb;
    public String accountName;
    public boolean isStaging;
    public String name;
    public String referenceId;
    public Map<String, Value> data;
    public List<Tag> tags;
    public Schedule schedule;
    public Map<String, IntegrationData> integrationData;
    public boolean overrideBillingSettings;
    public BillingSettings billingSettings;
    public boolean overrideAppSettings;
    public AppSettings appSettings;
}
