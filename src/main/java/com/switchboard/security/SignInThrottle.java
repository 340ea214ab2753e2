package com.switchboard.security;

import com.github.benmanes.caffeine.cache.LoadingCache;
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
 * growing time (1, 2, 4, 8 minutes, … up to {@code max-lock}). While a key is locked, every sign-in
 * with it is refused before any password is looked at, the right one too, and counts as one more
 * failure of the locked key (so the lock grows while someone keeps trying; an address that is
 * locked does not count against the names it tries, nor a locked name against the address). A
 * success clears the username's count (not the address's, so that one good account does not reset
 * guessing at others); an administrator can unlock a username. Unknown usernames are counted
 * exactly like known ones.
 *
 * <p>Every sign-in asks whether its keys are locked, HTTP Basic on every request, so the answer is
 * cached in memory: the time a key is locked until (or that it is not), read from the table at most
 * {@link SessionProperties#cacheTtl()} ago. A lock set on another instance is honoured here within
 * that bound; what this instance records (a failure, a lock, a success, an unlock) is in its cache
 * at once.
 */
@Service
public class SignInThrottle {

    private static final int MAX_KEY = 300;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    /** The cached "locked until" of a key that is not locked. */
    private static final Instant NOT_LOCKED = Instant.EPOCH;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AuthAudit audit;
    private final int maxFailures;
    private final Duration window;
    private final Duration maxLock;
    private final LoadingCache<String, Instant> lockedUntil;

    SignInThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, AuthAudit audit,
            SessionProperties sessions,
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
        this.lockedUntil = CacheClock.renewedWithin(sessions.cacheTtl(), clock).maximumSize(100_000)
                .build(this::readLock);
    }

    /** How long sign-in as {@code username} from {@code ip} is still refused; empty when it is not. */
    public Optional<Duration> lockedFor(String username, String ip) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil.get(userKey(username)), ip == null ? NOT_LOCKED : lockedUntil.get(ipKey(ip)));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /**
     * The check every sign-in makes first: when the username or the address is locked, the attempt
     * counts as a failure of each locked key (the lock grows) and the answer is how long it is now
     * refused; empty when neither is locked and the password may be checked.
     */
    public Optional<Duration> refuseIfLocked(String username, String ip) {
        Instant now = clock.instant();
        String user = userKey(username);
        boolean userLocked = lockedUntil.get(user).isAfter(now);
        boolean ipLocked = ip != null && lockedUntil.get(ipKey(ip)).isAfter(now);
        if (!userLocked && !ipLocked) {
            return Optional.empty();
        }
        if (userLocked) {
            fail(user, username);
        }
        if (ipLocked) {
            fail(ipKey(ip), username);
        }
        return lockedFor(username, ip).or(() -> Optional.of(Duration.ZERO));
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
        unlock(username);
    }

    /** Lifts a username's lock and forgets its failures; true when there was anything to lift. */
    public boolean unlock(String username) {
        String key = userKey(username);
        int deleted = jdbc.update("DELETE FROM sign_in_throttle WHERE throttle_key = ?", key);
        lockedUntil.put(key, NOT_LOCKED);
        return deleted > 0;
    }

    /** Whether the username is locked now. */
    public boolean isLocked(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key = ? AND locked_until > ?",
                Integer.class, userKey(username), Timestamp.from(clock.instant())) > 0;
    }

    private void fail(String key, String username) {
        Lock lock = tx.execute(status -> {
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
            Instant until = (Instant) rows.get(0)[2];
            boolean wasLocked = until != null && until.isAfter(now);
            failures = last.plus(window).isBefore(now) ? 1 : failures + 1;
            if (wasLocked && failures < maxFailures) {
                failures = maxFailures; // an attempt refused during a lock never lifts it
            }
            Duration lockFor = null;
            if (failures >= maxFailures) {
                lockFor = lockDuration(failures - maxFailures);
                if (wasLocked && now.plus(lockFor).isBefore(until)) {
                    lockFor = Duration.between(now, until); // nor shortens it
                }
            }
            jdbc.update("UPDATE sign_in_throttle SET failures = ?, last_failure_at = ?, locked_until = ?"
                    + " WHERE throttle_key = ?", failures, Timestamp.from(now),
                    lockFor == null ? null : Timestamp.from(now.plus(lockFor)), key);
            boolean grew = lockFor != null && (!wasLocked || failures == maxFailures
                    || lockFor.compareTo(lockDuration(failures - 1 - maxFailures)) > 0);
            return new Lock(lockFor == null ? NOT_LOCKED : now.plus(lockFor), grew ? lockFor : null);
        });
        lockedUntil.put(key, lock.until());
        if (lock.audited() != null) {
            audit.throttled(key.startsWith("user:") ? username : null, key, lock.audited());
        }
    }

    /** A key's lock after a failure, and its length when that is worth an audit row (new or longer). */
    private record Lock(Instant until, Duration audited) {}

    /** The time the key is locked until, as stored; {@link #NOT_LOCKED} when it has no lock. */
    private Instant readLock(String key) {
        List<Timestamp> until = jdbc.queryForList(
                "SELECT locked_until FROM sign_in_throttle WHERE throttle_key = ? AND locked_until IS NOT NULL",
                Timestamp.class, key);
        return until.isEmpty() ? NOT_LOCKED : until.get(0).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private List<Object[]> selectForUpdate(String key) {
        return jdbc.query("SELECT failures, last_failure_at, locked_until FROM sign_in_throttle WHERE throttle_key = ?"
                + " FOR UPDATE", (rs, i) -> new Object[] {rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()}, key);
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
