package com.switchboard.security;

/** Published (as a Spring application event) when a session ends, for audits. */
public record SessionEnded(long userId, String idHash, UserSessions.Channel channel, Reason reason) {

    public enum Reason {
        /** The user signed out. */
        SIGNED_OUT,
        /** The sliding or the absolute expiry passed. */
        EXPIRED,
        /** Ended by {@link UserSessions#revokeAllFor} or {@link UserSessions#revoke(long, String)}. */
        REVOKED
    }
}
