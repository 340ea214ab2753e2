package com.switchboard.api.dto;

import java.util.List;

/** {@code PATCH /users/{userId}}: changes the members the request carries. */
@DataContract(namespace = Namespaces.AUTHENTICATION)
@ApiOperation(verb = "PATCH", routes = "/users/{userId}", response = UserInfo.class,
        roles = {"SystemAdministrator", "Manager"},
        summary = "Update the specified login: only the members the request carries change; a new role, accounts, "
                + "customer, password or enabled flag ends the user's sessions")
public class PatchUser {
    @ApiMember(description = "The ID of the user", required = true)
    public String userId;
    @ApiMember(description = "The user's first name")
    public String firstName;
    @ApiMember(description = "The user's last name")
    public String lastName;
    @ApiMember(description = "The account IDs that this user has access to (a Manager's accounts)")
    public List<String> accountIds;
    @ApiMember(description = "The user's role, exactly one: SystemAdministrator, Manager or Customer")
    public List<String> roles;
    @ApiMember(description = "The customer a Customer user manages (with its descendants)")
    public String customerId;
    @ApiMember(description = "The new password for the user (leave null to not change)")
    public String newPassword;
    @ApiMember(description = "Whether the user may sign in")
    public Boolean isEnabled;
}
