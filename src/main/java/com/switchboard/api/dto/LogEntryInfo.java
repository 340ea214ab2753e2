package com.switchboard.api.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One change of a customer or an account, as API callers receive it. */
@DataContract(namespace = Namespaces.LOGS)
@JsonPropertyOrder({"accountId", "accountName", "customerId", "customerName", "customerBreadcrumb", "userName",
        "description", "id", "dateCreated", "dateLastModified", "createdBy", "lastModifiedBy"})
public class LogEntryInfo extends EntityInfo {
    @ApiMember(description = "The account ID this entry is associated with")
    public String accountId;
    @ApiMember(description = "The name of the account this entry is associated with")
    public String accountName;
    @ApiMember(description = "The ID of the customer this entry is associated with; null for the account's own")
    public String customerId;
    @ApiMember(description = "The name of the customer this entry is associated with")
    public String customerName;
    @ApiMember(description = "The breadcrumb to the customer for this entry")
    public List<CustomerBreadcrumb> customerBreadcrumb;
    @ApiMember(description = "The user that made the change")
    public String userName;
    @ApiMember(description = "What changed, as the portal's History tab says it: \"Routing: Production → Staging\"")
    public String description;
}
