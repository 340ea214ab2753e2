package com.switchboard.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;

/**
 * Writes the append-only authentication audit ({@code auth_audit}): sign-ins, sign-outs, expiries,
 * throttling and every change to a user, in UTC with the actor, the target user, the client address,
 * user agent and channel of the request being served. A row written inside a transaction (a user
 * change) commits or rolls back with it. Rows older than {@code switchboard.audit.retention} are
 * deleted (checked at most every six hours, when a row is written); nothing else ever changes them.
 */
@Service
public class AuthAudit {

    private static final Logger log = LoggerFactory.getLogger(AuthAudit.class);
    private static final int MAX_DETAIL = 1000;
    private static final int MAX_NAME = 100;
    private static final Duration PURGE_INTERVAL = Duration.ofHours(6);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    AuthAudit(JdbcTemplate jdbc, Clock clock, @Value("${switchboard.audit.retention:P400D}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** Records an event of the current request (or of the system, outside of one). */
    public void record(AuthEvent event, String actor, String target, AuthEvent.Reason reason, String detail) {
        record(event, actor, target, reason, detail, ClientRequest.current());
    }

    public void record(AuthEvent event, String actor, String target, AuthEvent.Reason reason, String detail,
            ClientRequest client) {
        purgeNowAndThen();
        jdbc.update("""
                INSERT INTO auth_audit (occurred_at, event, reason, actor, target_user, client_ip, user_agent, channel,
                    detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), event.name(), reason == null ? null : reason.name(), cut(actor, MAX_NAME),
                cut(target, MAX_NAME), client.ip(), client.userAgent(), client.channel().name(), cut(detail, MAX_DETAIL));
    }

    void throttled(String username, String key, Duration lock) {
        record(AuthEvent.THROTTLED, null, username, null,
                (key.startsWith("ip:") ? "address " + key.substring(3) : "username") + " locked for "
                        + SignInThrottledException.minutes(lock) + " min");
    }

    /** Deletes the rows older than the retention period; how many. */
    public int purgeExpired() {
        Instant before = clock.instant().minus(retention);
        int deleted = jdbc.update("DELETE FROM auth_audit WHERE occurred_at < ?", Timestamp.from(before));
        if (deleted > 0) {
            log.info("Deleted {} audit rows older than {}", deleted, retention);
        }
        return deleted;
    }

    /** Purges expired rows at most every six hours, on the way (no scheduler needed). */
    private void purgeNowAndThen() {
        Instant now = clock.instant();
        Instant last = lastPurge.get();
        if (now.isAfter(last.plus(PURGE_INTERVAL)) && lastPurge.compareAndSet(last, now)) {
            purgeExpired();
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
