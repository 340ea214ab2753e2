package com.switchboard.api.dto;

import java.util.List;

/** {@code POST /users}: a new login with a password of the caller's choosing. */
@DataContract(namespace = Namespaces.AUTHENTICATION)
@ApiOperation(verb = "POST", routes = "/users", response = UserInfo.class, roles = {"SystemAdministrator", "Manager"},
        summary = "Creates a new login with the specified email address and password (at least 12 characters, not a "
                + "common one, not the user name); the user signs in with it at once")
public class NewUser {
    @ApiMember(description = "The account ID you want to create this user under (a Manager's account)")
    public String accountId;
    @ApiMember(description = "The email address of the new user; also its user name unless userName is given")
    public String emailAddress;
    @ApiMember(description = "The name the user signs in with (the email address when absent), unique without regard "
            + "to case")
    public String userName;
    @ApiMember(description = "The user's first name")
    public String firstName;
    @ApiMember(description = "The user's last name")
    public String lastName;
    @ApiMember(description = "The password for the new user", required = true)
    public String password;
    @ApiMember(description = "The user's role, exactly one: SystemAdministrator, Manager (the default) or Customer")
    public List<String> roles;
    @ApiMember(description = "The customer a Customer user manages (with its descendants)")
    public String customerId;
}
