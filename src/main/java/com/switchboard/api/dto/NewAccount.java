package com.switchboard.api.dto;

/** {@code POST /accounts}: a new tenant. */
@DataContract(namespace = Namespaces.ACCOUNTS)
@ApiOperation(verb = "POST", routes = "/accounts", response = AccountInfo.class, roles = "SystemAdministrator",
        summary = "Creates a new account")
public class NewAccount {
    @ApiMember(description = "The name of the new account, unique without regard to case", required = true)
    public String name;
}
