package com.switchboard.security;

import com.github.benmanes.caffeine.cache.LoadingCache;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The sign-in sessions of every instance, kept in the {@code user_session} table: any instance on the
 * same database honours them, a restart keeps them, and ending one ends it everywhere.
 *
 * <ul>
 * <li>A session id is 32 random bytes (URL-safe Base64), handed out once by {@link #create}; the table
 * holds only its hex SHA-256, so a copy of the database signs nobody in.</li>
 * <li>{@link #resolve} is one query by primary key (joined with the user and its accounts), cached for
 * {@link SessionProperties#cacheTtl()} (2 seconds by default). That is the bound: a session revoked, or
 * a user disabled or changed, on another instance is refused here at most {@code cacheTtl} later; on
 * this instance at once.</li>
 * <li>Expiry slides: each use moves it to {@code now + lifetime} (14 days with "remember me", 12 hours
 * otherwise), never past the absolute cap (30 days after sign-in); the new expiry is written back at
 * most once per {@link SessionProperties#touchInterval()}.</li>
 * <li>Time is the injected {@link Clock}, the caches' time too.</li>
 * <li>Publishes {@link SessionEnded} when a session is signed out, revoked or found expired; forgets a
 * user's cached sessions on {@link UserCredentialsChanged}.</li>
 * </ul>
 */
@Service
public class UserSessions {

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_USER_AGENT = 500;
    private static final int MAX_IP = 64;

    /** Where a session was signed in. */
    public enum Channel { API, PORTAL }

    /** One stored session (never its raw id). */
    public record Session(String idHash, long userId, Channel channel, boolean rememberMe, Instant createdAt,
            Instant lastSeenAt, Instant expiresAt, Instant absoluteExpiresAt, String clientIp, String userAgent) {}

    /** A new session: {@code rawId} goes to the client and is not kept anywhere. */
    public record Created(String rawId, Session session) {}

    /** A live session and its user as of now. */
    public record Resolved(Session session, SignedInUser user) {}

    private static final String COLUMNS = "s.id_hash, s.user_id, s.channel, s.remember_me, s.created_at, "
            + "s.last_seen_at, s.expires_at, s.absolute_expires_at, s.client_ip, s.user_agent";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SessionProperties properties;
    private final ApplicationEventPublisher events;
    private final LoadingCache<String, Resolved> cache;
    private final AtomicReference<Instant> nextPurge;

    UserSessions(JdbcClient jdbc, Clock clock, SessionProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.events = events;
        this.cache = CacheClock.renewedWithin(properties.cacheTtl(), clock)
                .maximumSize(100_000)
                .build(this::load);
        this.nextPurge = new AtomicReference<>(clock.instant());
    }

    /** Starts a session for the user and returns its raw id, the only time it is known. */
    public Created create(long userId, Channel channel, boolean rememberMe, String clientIp, String userAgent) {
        Instant due = nextPurge.get();
        if (!now().isBefore(due) && nextPurge.compareAndSet(due, now().plus(properties.purgeInterval()))) {
            purgeExpired();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String rawId = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = now();
        Instant absolute = now.plus(properties.absolute());
        Session session = new Session(hash(rawId), userId, channel, rememberMe, now, now,
                min(now.plus(properties.lifetime(rememberMe)), absolute), absolute, truncate(clientIp, MAX_IP),
                truncate(userAgent, MAX_USER_AGENT));
        jdbc.sql("INSERT INTO user_session (id_hash, user_id, channel, remember_me, created_at, last_seen_at, "
                        + "expires_at, absolute_expires_at, client_ip, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(session.idHash(), userId, channel.name(), rememberMe, ts(now), ts(now),
                        ts(session.expiresAt()), ts(absolute), session.clientIp(), session.userAgent())
                .update();
        return new Created(rawId, session);
    }

    /**
     * The live session with this raw id and its (enabled) user, sliding its expiry; empty when there is
     * no such session, it expired (then it is deleted), or its user is disabled.
     */
    public Optional<Resolved> resolve(String rawId) {
        if (rawId == null || rawId.isEmpty() || rawId.length() > 200) {
            return Optional.empty();
        }
        String idHash = hash(rawId);
        Resolved resolved = cache.get(idHash);
        if (resolved == null) {
            return Optional.empty();
        }
        Session session = resolved.session();
        Instant now = now();
        if (!now.isBefore(session.expiresAt()) || !now.isBefore(session.absoluteExpiresAt())) {
            end(session, SessionEnded.Reason.EXPIRED);
            return Optional.empty();
        }
        if (!resolved.user().enabled()) {
            return Optional.empty();
        }
        if (Duration.between(session.lastSeenAt(), now).compareTo(properties.touchInterval()) >= 0) {
            Instant expires = min(now.plus(properties.lifetime(session.rememberMe())), session.absoluteExpiresAt());
            int touched = jdbc.sql("UPDATE user_session SET last_seen_at = ?, expires_at = ? WHERE id_hash = ?")
                    .params(ts(now), ts(expires), idHash).update();
            if (touched == 0) {
                cache.invalidate(idHash);
                return Optional.empty();
            }
            resolved = new Resolved(new Session(idHash, session.userId(), session.channel(), session.rememberMe(),
                    session.createdAt(), now, expires, session.absoluteExpiresAt(), session.clientIp(),
                    session.userAgent()), resolved.user());
            cache.put(idHash, resolved);
        }
        return Optional.of(resolved);
    }

    /** Signs the session with this raw id out, on every instance; false when there was none. */
    public boolean revoke(String rawId) {
        if (rawId == null || rawId.isEmpty() || rawId.length() > 200) {
            return false;
        }
        return findByHash(hash(rawId)).map(session -> end(session, SessionEnded.Reason.SIGNED_OUT)).orElse(false);
    }

    /** Ends one of the user's sessions by its hash (as {@link #listFor} shows it); false when there was none. */
    public boolean revoke(long userId, String idHash) {
        return findByHash(idHash).filter(session -> session.userId() == userId)
                .map(session -> end(session, SessionEnded.Reason.REVOKED)).orElse(false);
    }

    /** Ends every session of the user, on every instance; the number ended. */
    public int revokeAllFor(long userId) {
        int ended = 0;
        for (Session session : listFor(userId)) {
            if (end(session, SessionEnded.Reason.REVOKED)) {
                ended++;
            }
        }
        forgetUser(userId);
        return ended;
    }

    /** The user's sessions that have not expired, newest first. */
    public List<Session> listFor(long userId) {
        OffsetDateTime now = ts(now());
        return jdbc.sql("SELECT " + COLUMNS + " FROM user_session s WHERE s.user_id = ? AND s.expires_at > ? "
                        + "AND s.absolute_expires_at > ? ORDER BY s.created_at DESC")
                .params(userId, now, now).query(UserSessions::session).list();
    }

    /**
     * Deletes the sessions that have expired; the number deleted. Also runs by itself, at most once per
     * {@link SessionProperties#purgeInterval()}, when a session is created.
     */
    public int purgeExpired() {
        OffsetDateTime now = ts(now());
        List<Session> expired = jdbc.sql("SELECT " + COLUMNS + " FROM user_session s WHERE s.expires_at <= ? "
                + "OR s.absolute_expires_at <= ?").params(now, now).query(UserSessions::session).list();
        int purged = 0;
        for (Session session : expired) {
            if (end(session, SessionEnded.Reason.EXPIRED)) {
                purged++;
            }
        }
        if (purged > 0) {
            log.info("Purged {} expired sessions", purged);
        }
        return purged;
    }

    @EventListener
    void credentialsChanged(UserCredentialsChanged event) {
        forgetUser(event.userId());
    }

    /** The hex SHA-256 of a raw session id, as the table keys it. */
    public static String hash(String rawId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(rawId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- internals -------------------------------------------------------------------------------

    private void forgetUser(long userId) {
        cache.asMap().values().removeIf(resolved -> resolved.user().id() != null && resolved.user().id() == userId);
    }

    private boolean end(Session session, SessionEnded.Reason reason) {
        cache.invalidate(session.idHash());
        int deleted = jdbc.sql("DELETE FROM user_session WHERE id_hash = ?").param(session.idHash()).update();
        if (deleted > 0) {
            events.publishEvent(new SessionEnded(session.userId(), session.idHash(), session.channel(), reason));
        }
        return deleted > 0;
    }

    private Optional<Session> findByHash(String idHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM user_session s WHERE s.id_hash = ?").param(idHash)
                .query(UserSessions::session).optional();
    }

    /** The session and its user in one query by primary key; null when there is no such session. */
    private Resolved load(String idHash) {
        List<Object[]> rows = jdbc.sql("SELECT " + COLUMNS + ", u.username, u.password_hash, u.enabled, u.role, "
                        + "u.customer_id, u.display_name, u.email, u.version, u.must_change_password, a.account_id "
                        + "FROM user_session s JOIN app_user u ON u.id = s.user_id "
                        + "LEFT JOIN app_user_account a ON a.app_user = u.id WHERE s.id_hash = ?")
                .param(idHash)
                .query((rs, n) -> new Object[] {n == 0 ? session(rs, n) : null, n == 0 ? user(rs) : null,
                        rs.getString("account_id")})
                .list();
        if (rows.isEmpty()) {
            return null;
        }
        Session session = (Session) rows.get(0)[0];
        SignedInUser user = (SignedInUser) rows.get(0)[1];
        Set<String> accounts = new HashSet<>();
        for (Object[] row : rows) {
            if (row[2] != null) {
                accounts.add((String) row[2]);
            }
        }
        return new Resolved(session, user.withAccountIds(accounts));
    }

    private static SignedInUser user(ResultSet rs) throws SQLException {
        return new SignedInUser(rs.getLong("user_id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getBoolean("enabled"), Role.valueOf(rs.getString("role")), Set.of(), rs.getString("customer_id"),
                rs.getString("display_name"), rs.getString("email"), rs.getLong("version"),
                rs.getBoolean("must_change_password"));
    }

    private static Session session(ResultSet rs, int rowNum) throws SQLException {
        return new Session(rs.getString("id_hash"), rs.getLong("user_id"), Channel.valueOf(rs.getString("channel")),
                rs.getBoolean("remember_me"), instant(rs, "created_at"), instant(rs, "last_seen_at"),
                instant(rs, "expires_at"), instant(rs, "absolute_expires_at"), rs.getString("client_ip"),
                rs.getString("user_agent"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
