package com.switchboard.api.dto;

/** {@code GET /accounts/{accountId}}. */
@DataContract(namespace = Namespaces.ACCOUNTS)
@ApiOperation(verb = "GET", routes = "/accounts/{accountId}", response = AccountInfo.class,
        summary = "Get the specified account details")
public class GetAccount {
    @ApiMember(description = "The ID of the account you want", required = true)
    public String accountId;
}
