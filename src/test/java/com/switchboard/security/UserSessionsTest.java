package com.switchboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.switchboard.IntegrationTest;
import com.switchboard.MovableClock;
import com.switchboard.security.UserSessions.Channel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sessions in the database: creation, sliding and absolute expiry, sign-out, revocation, disabled users. */
@IntegrationTest
@Import({MovableClock.Config.class, UserSessionsTest.Ended.class})
class UserSessionsTest {

    @Autowired UserSessions sessions;
    @Autowired MovableClock clock;
    @Autowired AppUserRepository users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ended ended;
    @Autowired AuthenticationManager authenticationManager;
    @Autowired PasswordEncoder passwords;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    @TestComponent
    static class Ended {
        final List<SessionEnded> events = new ArrayList<>();

        @EventListener
        void on(SessionEnded event) {
            events.add(event);
        }
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM user_session");
        ended.events.clear();
    }

    private long id(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    @Test
    void a_session_stores_only_the_hash_of_its_id_and_resolves_to_its_user() {
        var created = sessions.create(id("manager"), Channel.API, false, "127.0.0.1", "curl/8");

        assertThat(created.rawId()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(jdbc.queryForList("SELECT id_hash FROM user_session", String.class))
                .containsExactly(UserSessions.hash(created.rawId()))
                .doesNotContain(created.rawId());
        var resolved = sessions.resolve(created.rawId()).orElseThrow();
        assertThat(resolved.user().username()).isEqualTo("manager");
        assertThat(resolved.user().accountIds()).hasSize(1);
        assertThat(resolved.session().expiresAt()).isEqualTo(resolved.session().createdAt().plus(Duration.ofHours(12)));
        assertThat(sessions.resolve(created.rawId() + "x")).isEmpty();
        assertThat(sessions.resolve("")).isEmpty();
    }

    @Test
    void without_remember_me_a_session_ends_after_twelve_idle_hours_and_slides_while_used() {
        String raw = sessions.create(id("manager"), Channel.API, false, null, null).rawId();

        clock.advance(Duration.ofHours(11));
        assertThat(sessions.resolve(raw)).isPresent();
        clock.advance(Duration.ofHours(11));
        assertThat(sessions.resolve(raw)).as("used 11 h ago: the expiry slid").isPresent();
        clock.advance(Duration.ofHours(12).plusSeconds(1));
        assertThat(sessions.resolve(raw)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_session", Integer.class)).isZero();
        assertThat(ended.events).extracting(SessionEnded::reason).containsExactly(SessionEnded.Reason.EXPIRED);
    }

    @Test
    void with_remember_me_a_session_lasts_fourteen_idle_days_but_never_past_the_absolute_cap() {
        String raw = sessions.create(id("manager"), Channel.API, true, null, null).rawId();

        clock.advance(Duration.ofDays(13));
        assertThat(sessions.resolve(raw)).isPresent();
        clock.advance(Duration.ofDays(13));
        assertThat(sessions.resolve(raw)).isPresent();
        clock.advance(Duration.ofDays(4).plusSeconds(1));
        assertThat(sessions.resolve(raw)).as("30 days after sign-in, however active").isEmpty();
    }

    @Test
    void the_sliding_expiry_is_written_back_at_most_once_a_minute() {
        String raw = sessions.create(id("manager"), Channel.API, false, null, null).rawId();
        String hash = UserSessions.hash(raw);
        var before = jdbc.queryForObject("SELECT last_seen_at FROM user_session WHERE id_hash = ?",
                java.time.OffsetDateTime.class, hash);

        clock.advance(Duration.ofSeconds(30));
        sessions.resolve(raw);
        assertThat(jdbc.queryForObject("SELECT last_seen_at FROM user_session WHERE id_hash = ?",
                java.time.OffsetDateTime.class, hash)).isEqualTo(before);
        clock.advance(Duration.ofSeconds(31));
        sessions.resolve(raw);
        assertThat(jdbc.queryForObject("SELECT last_seen_at FROM user_session WHERE id_hash = ?",
                java.time.OffsetDateTime.class, hash).toInstant())
                .isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void sign_out_ends_the_session_and_announces_it() {
        long manager = id("manager");
        String raw = sessions.create(manager, Channel.API, true, null, null).rawId();
        assertThat(sessions.resolve(raw)).isPresent();

        assertThat(sessions.revoke(raw)).isTrue();

        assertThat(sessions.resolve(raw)).isEmpty();
        assertThat(sessions.revoke(raw)).isFalse();
        assertThat(ended.events).containsExactly(new SessionEnded(manager, UserSessions.hash(raw), Channel.API,
                SessionEnded.Reason.SIGNED_OUT));
    }

    @Test
    void revoke_all_ends_every_session_of_the_user_only() {
        long manager = id("manager");
        String one = sessions.create(manager, Channel.API, false, null, null).rawId();
        String two = sessions.create(manager, Channel.PORTAL, true, null, null).rawId();
        String other = sessions.create(id("globex"), Channel.API, false, null, null).rawId();
        assertThat(sessions.listFor(manager)).hasSize(2);
        sessions.resolve(one);

        assertThat(sessions.revokeAllFor(manager)).isEqualTo(2);

        assertThat(sessions.resolve(one)).isEmpty();
        assertThat(sessions.resolve(two)).isEmpty();
        assertThat(sessions.resolve(other)).isPresent();
        assertThat(sessions.listFor(manager)).isEmpty();
    }

    @Test
    void a_disabled_user_has_no_session_and_expired_rows_are_purged() {
        AppUser user = users.save(AppUser.manager("temp-" + System.nanoTime(), "{noop}x", java.util.Set.of()));
        String raw = sessions.create(user.id(), Channel.API, false, null, null).rawId();
        String stale = sessions.create(id("manager"), Channel.API, false, null, null).rawId();
        assertThat(sessions.resolve(raw)).isPresent();

        users.save(user.withEnabled(false));
        events.publishEvent(new UserCredentialsChanged(user.id()));
        assertThat(sessions.resolve(raw)).isEmpty();

        clock.advance(Duration.ofHours(13));
        assertThat(sessions.purgeExpired()).isEqualTo(2);
        assertThat(sessions.resolve(stale)).isEmpty();
        users.deleteById(user.id());
    }

    @Test
    void verified_basic_credentials_are_forgotten_when_the_password_changes() {
        AppUser user = users.save(AppUser.manager("pw-" + System.nanoTime(), passwords.encode("old"),
                java.util.Set.of()));
        var old = UsernamePasswordAuthenticationToken.unauthenticated(user.username(), "old");
        assertThat(authenticationManager.authenticate(old).isAuthenticated()).isTrue();
        assertThat(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user.username(), "old")).isAuthenticated()).isTrue();

        AppUser changed = users.save(users.findById(user.id()).orElseThrow().withPasswordHash(passwords.encode("new")));
        events.publishEvent(new UserCredentialsChanged(changed.id()));

        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user.username(), "old")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user.username(), "new")).isAuthenticated()).isTrue();
        users.deleteById(user.id());
    }

    @Test
    void without_the_event_another_instance_notices_the_new_version_within_the_cache_bound() {
        AppUser user = users.save(AppUser.manager("v-" + System.nanoTime(), passwords.encode("old"),
                java.util.Set.of()));
        authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user.username(), "old"));

        users.save(users.findById(user.id()).orElseThrow().withPasswordHash(passwords.encode("new")));
        clock.advance(Duration.ofSeconds(3));

        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user.username(), "old")))
                .isInstanceOf(BadCredentialsException.class);
        users.deleteById(user.id());
    }
}
