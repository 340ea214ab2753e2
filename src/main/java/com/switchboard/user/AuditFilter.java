package com.switchboard.user;

import com.switchboard.security.AuthEvent;
import java.time.Instant;

/** Which audit rows to show: a user (actor or target) containing {@code user}, one event, a time range. */
public record AuditFilter(String user, AuthEvent event, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
