package com.switchboard.api.dto;

/** {@code DELETE /accounts/{accountId}}: deletes an account that holds no customers and no users. */
@DataContract(namespace = Namespaces.ACCOUNTS)
@ApiOperation(verb = "DELETE", routes = "/accounts/{accountId}", response = Void.class, status = 204,
        roles = "SystemAdministrator",
        summary = "Deletes an account that holds no customers and no users (409 says what is left); its tags go "
                + "with it, its history is kept")
public class DeleteAccount {
    @ApiMember(description = "The ID of the account you want to delete", required = true)
    public String accountId;
}
