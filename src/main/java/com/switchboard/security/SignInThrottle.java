package com.switchboard.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brute-force throttling of sign-in, per username and per client address, kept in the database so
 * that it holds across instances and restarts. Within {@code window} of the previous failure,
 * failures add up; from the {@code max-failures}th on, each one locks the key for an exponentially
 * growing time (1, 2, 4, 8 minutes, … up to {@code max-lock}). While a key is locked, sign-in is
 * refused before any password is checked. A success clears the username's count (not the
 * address's, so that one good account does not reset guessing at others); an administrator can
 * unlock a username. Unknown usernames are counted exactly like known ones.
 */
@Service
public class SignInThrottle {

    private static final int MAX_KEY = 300;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AuthAudit audit;
    private final int maxFailures;
    private final Duration window;
    private final Duration maxLock;

    SignInThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, AuthAudit audit,
            @Value("${switchboard.sign-in.max-failures:5}") int maxFailures,
            @Value("${switchboard.sign-in.failure-window:PT15M}") Duration window,
            @Value("${switchboard.sign-in.max-lock:PT15M}") Duration maxLock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.window = window;
        this.maxLock = maxLock;
    }

    /** How long sign-in as {@code username} from {@code ip} is still refused; empty when it is not. */
    public Optional<Duration> lockedFor(String username, String ip) {
        Instant now = clock.instant();
        List<Timestamp> until = jdbc.queryForList(
                "SELECT locked_until FROM sign_in_throttle WHERE throttle_key IN (?, ?) AND locked_until > ?",
                Timestamp.class, userKey(username), ipKey(ip), Timestamp.from(now));
        return until.stream().map(Timestamp::toInstant).max(Instant::compareTo)
                .map(end -> Duration.between(now, end));
    }

    /** Counts a failed sign-in against the username and the address; locks either when due. */
    public void recordFailure(String username, String ip) {
        fail(userKey(username), username);
        if (ip != null) {
            fail(ipKey(ip), username);
        }
    }

    /** A successful sign-in: the username starts afresh. */
    public void recordSuccess(String username) {
        jdbc.update("DELETE FROM sign_in_throttle WHERE throttle_key = ?", userKey(username));
    }

    /** Lifts a username's lock and forgets its failures; true when there was anything to lift. */
    public boolean unlock(String username) {
        return jdbc.update("DELETE FROM sign_in_throttle WHERE throttle_key = ?", userKey(username)) > 0;
    }

    /** Whether the username is locked now. */
    public boolean isLocked(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key = ? AND locked_until > ?",
                Integer.class, userKey(username), Timestamp.from(clock.instant())) > 0;
    }

    private void fail(String key, String username) {
        Duration lock = tx.execute(status -> {
            Instant now = clock.instant();
            List<Object[]> rows = selectForUpdate(key);
            if (rows.isEmpty()) {
                try {
                    jdbc.update("INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at) VALUES (?, 0, ?)",
                            key, Timestamp.from(now));
                } catch (DuplicateKeyException raced) {
                    // another instance inserted it first; lock theirs
                }
                rows = selectForUpdate(key);
            }
            int failures = (Integer) rows.get(0)[0];
            Instant last = (Instant) rows.get(0)[1];
            failures = last.plus(window).isBefore(now) ? 1 : failures + 1;
            Duration lockFor = null;
            if (failures >= maxFailures) {
                lockFor = lockDuration(failures - maxFailures);
            }
            jdbc.update("UPDATE sign_in_throttle SET failures = ?, last_failure_at = ?, locked_until = ?"
                    + " WHERE throttle_key = ?", failures, Timestamp.from(now),
                    lockFor == null ? null : Timestamp.from(now.plus(lockFor)), key);
            return lockFor;
        });
        if (lock != null) {
            audit.throttled(key.startsWith("user:") ? username : null, key, lock);
        }
    }

    private List<Object[]> selectForUpdate(String key) {
        return jdbc.query("SELECT failures, last_failure_at FROM sign_in_throttle WHERE throttle_key = ? FOR UPDATE",
                (rs, i) -> new Object[] {rs.getInt(1), rs.getTimestamp(2).toInstant()}, key);
    }

    /** 1 minute for the first lock, doubling with each further failure, capped. */
    Duration lockDuration(int extraFailures) {
        if (extraFailures >= 20) {
            return maxLock;
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << extraFailures);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }

    static String userKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return truncate("user:" + name);
    }

    static String ipKey(String ip) {
        return truncate("ip:" + ip);
    }

    private static String truncate(String key) {
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }
}
