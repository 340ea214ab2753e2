package com.switchboard.user;

import java.time.Instant;

/** One row of the authentication audit, as the Audit log view shows it. */
public record AuditEntry(long id, Instant occurredAt, String event, String reason, String actor, String targetUser,
        String clientIp, String userAgent, String channel, String detail) {}
