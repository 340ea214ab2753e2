package com.switchboard.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code switchboard.sessions.*}: how long sessions last and how long their lookups are cached.
 *
 * @param rememberMe   sliding lifetime of a session signed in with "remember me"
 * @param standard     sliding lifetime of any other session
 * @param absolute     no session lives longer than this after sign-in, however active
 * @param touchInterval how often, at most, a session's last-seen time and expiry are written back
 * @param cacheTtl     how long a resolved session or a user read for verified credentials is reused
 *                     without asking the database: the longest a session revoked (or a user changed)
 *                     on another instance is still honoured here
 * @param credentialsTtl how long a verified user name and password is remembered (at most 5 minutes)
 */
@ConfigurationProperties("switchboard.sessions")
public record SessionProperties(
        @DefaultValue("14d") Duration rememberMe,
        @DefaultValue("12h") Duration standard,
        @DefaultValue("30d") Duration absolute,
        @DefaultValue("1m") Duration touchInterval,
        @DefaultValue("2s") Duration cacheTtl,
        @DefaultValue("5m") Duration credentialsTtl) {

    public SessionProperties {
        if (credentialsTtl.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("switchboard.sessions.credentials-ttl must be at most 5 minutes");
        }
    }

    /** The sliding lifetime of a session. */
    public Duration lifetime(boolean rememberMe) {
        return rememberMe ? this.rememberMe : standard;
    }
}
