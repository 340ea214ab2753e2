package com.switchboard.api.dto;

import java.util.List;
import java.util.Map;

/** ServiceStack's answer to a sign-in, and to {@code GET /auth}. */
@DataContract(namespace = Namespaces.SERVICESTACK)
public class AuthenticateResponse {
    @DataMember(order = 1)
    public String userId;
    /** The session id, also sent as the {@code ss-id} (and, with rememberMe, {@code ss-pid}) cookie. */
    @DataMember(order = 2)
    public String sessionId;
    @DataMember(order = 3)
    public String userName;
    @DataMember(order = 4)
    public String displayName;
    @DataMember(order = 5)
    public String referrerUrl;
    @DataMember(order = 6)
    public String bearerToken;
    @DataMember(order = 7)
    public String refreshToken;
    @DataMember(order = 8)
    public String refreshTokenExpiry;
    @DataMember(order = 9)
    public String profileUrl;
    @DataMember(order = 10)
    public List<String> roles;
    @DataMember(order = 11)
    public List<String> permissions;
    @DataMember(order = 12)
    public ResponseStatus responseStatus;
    @DataMember(order = 13)
    public Map<String, String> meta;
}
