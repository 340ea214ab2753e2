package com.switchboard.api.dto;

/** {@code PATCH /accounts/{accountId}}: changes the members the request carries. */
@DataContract(namespace = Namespaces.ACCOUNTS)
@ApiOperation(verb = "PATCH", routes = "/accounts/{accountId}", response = AccountInfo.class,
        roles = "SystemAdministrator",
        summary = "Update the specified account details: only the members the request carries change")
public class PatchAccount {
    @ApiMember(description = "The ID of the account you want to update", required = true)
    public String accountId;
    @ApiMember(description = "The name of the account, unique without regard to case")
    public String name;
    @ApiMember(description = "The max number of phone numbers this account can have (null: no limit)")
    public Integer maxPhoneNumbers;
    @ApiMember(description = "The billing settings for this account, which its customers inherit")
    public BillingSettings billingSettings;
}
