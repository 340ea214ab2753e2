package com.switchboard.api.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A user as API callers receive it. A user has one role here, so {@code roles} holds one name; a
 * manager's accounts are its own, a customer user's one account is its customer's.
 */
@DataContract(namespace = Namespaces.AUTHENTICATION)
@JsonPropertyOrder({"id", "userName", "firstName", "lastName", "name", "emailAddress", "roles", "accountIds",
        "accountNames", "customerId", "isEnabled"})
public class UserInfo {
    @ApiMember(description = "The ID of the user")
    public String id;
    @ApiMember(description = "The name the user signs in with")
    public String userName;
    @ApiMember(description = "The user's first name: the display name up to its first space")
    public String firstName;
    @ApiMember(description = "The user's last name: the display name after its first space")
    public String lastName;
    @ApiMember(description = "The user's full (display) name")
    public String name;
    @ApiMember(description = "The user's email address")
    public String emailAddress;
    @ApiMember(description = "The user's role (exactly one): SystemAdministrator, Manager or Customer")
    public List<String> roles;
    @ApiMember(description = "The accounts the user belongs to")
    public List<String> accountIds;
    @ApiMember(description = "The names of those accounts")
    public List<String> accountNames;
    @ApiMember(description = "The customer a Customer user manages (with its descendants)")
    public String customerId;
    @ApiMember(description = "Whether the user may sign in")
    public Boolean isEnabled;
}
