package com.switchboard.api.dto;

import java.util.Map;

/**
 * {@code POST /auth/credentials} (or {@code POST /auth} with {@code provider=credentials}): sign in
 * with a user name and password; the answer sets the session cookies.
 */
@DataContract(namespace = Namespaces.SERVICESTACK)
public class Authenticate {
    /** The sign-in provider: {@code credentials} (or {@code logout} to sign out). */
    @DataMember(name = "provider", order = 1)
    public String provider;
    @DataMember(order = 2)
    public String userName;
    @DataMember(order = 3)
    public String password;
    /** Keep the session for 14 days of inactivity (a persistent {@code ss-pid} cookie) instead of 12 hours. */
    @DataMember(order = 4)
    public Boolean rememberMe;
    @DataMember(order = 5)
    public String accessToken;
    @DataMember(order = 6)
    public String accessTokenSecret;
    @DataMember(order = 7)
    public String returnUrl;
    @DataMember(order = 8)
    public String errorView;
    @DataMember(order = 9)
    public Map<String, String> meta;
}
