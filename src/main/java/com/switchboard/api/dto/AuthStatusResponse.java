package com.switchboard.api.dto;

import java.util.List;

/**
 * {@code GET /auth/status}: who is signed in and the accounts they may work in, as parallel lists
 * ({@code accountNames[i]} names {@code accountIds[i]}; every account for a SystemAdministrator).
 */
@DataContract(namespace = Namespaces.API)
public class AuthStatusResponse {
    @DataMember(order = 1)
    public Boolean isAuthenticated;
    /** The user's id. */
    @DataMember(order = 2)
    public String id;
    @DataMember(order = 3)
    public String userName;
    /** The display name, or the user name when there is none. */
    @DataMember(order = 4)
    public String name;
    @DataMember(order = 5)
    public String displayName;
    @DataMember(order = 6)
    public String emailAddress;
    @DataMember(order = 7)
    public List<String> roles;
    @DataMember(order = 8)
    public List<String> accountIds;
    @DataMember(order = 9)
    public List<String> accountNames;
}
