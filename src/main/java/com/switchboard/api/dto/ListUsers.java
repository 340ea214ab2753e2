package com.switchboard.api.dto;

import java.util.List;

/** {@code GET /users}: the users the caller manages, as the portal's Users view shows them. */
@DataContract(namespace = Namespaces.AUTHENTICATION)
@ApiOperation(verb = "GET", routes = "/users", response = UserInfoList.class,
        roles = {"SystemAdministrator", "Manager"},
        summary = "Gets the users the caller manages: every user for administrators; for managers the customer users "
                + "of their accounts and the managers whose accounts are all theirs")
public class ListUsers extends ListRequest {
    @ApiMember(description = "The account IDs whose users you want to retrieve")
    public List<String> accountIds;
    @ApiMember(description = "Filter by email (contains, any case)")
    public String emailFilter;
}
