package com.switchboard.api.dto;

/** {@code GET /accounts}: the accounts the caller may see. */
@DataContract(namespace = Namespaces.ACCOUNTS)
@ApiOperation(verb = "GET", routes = "/accounts", response = AccountInfoList.class,
        summary = "Retrieve a list of accounts: every account for administrators, the ones they manage for managers, "
                + "their own for customer users")
public class ListAccounts extends ListRequest {
    @ApiMember(description = "Filter the results by name (contains, any case)")
    public String nameFilter;
}
