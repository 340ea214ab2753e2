package com.switchboard.api.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An account as API callers receive it. Accounts are flat here: no parent, no ancestors. */
@DataContract(namespace = Namespaces.ACCOUNTS)
@JsonPropertyOrder({"name", "parentAccountId", "ancestorIds", "maxPhoneNumbers", "billingSettings", "id",
        "dateCreated", "dateLastModified", "createdBy", "lastModifiedBy"})
public class AccountInfo extends EntityInfo {
    @ApiMember(description = "The name of this account")
    public String name;
    @ApiMember(description = "The ID of this account's parent (accounts are flat here: always null)")
    public String parentAccountId;
    @ApiMember(description = "The ancestors of this account. Useful for breadcrumbs (always empty here)")
    public List<String> ancestorIds;
    @ApiMember(description = "The max number of phone numbers this account can have (null: no limit)")
    public Integer maxPhoneNumbers;
    @ApiMember(description = "The billing settings for this account, which its customers inherit")
    public BillingSettings billingSettings;
}
