package com.switchboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.IntegrationTest;
import com.switchboard.MutableClock;
import com.switchboard.SignInPaths;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A lock is checked before any password work, remembered or not: while a name is locked the right
 * password is refused on every way in, each attempt makes the lock longer, and once it has run out
 * the right password works again. A lock set by another instance (a row in the table) is honoured
 * within the cache bound. Shares {@link SignInThrottleTest}'s context (its clock and counting encoder).
 */
@IntegrationTest
@Import(SignInThrottleTest.Fixtures.class)
@TestPropertySource(properties = "switchboard.sign-in.max-failures=5")
class LockedSignInTest {

    private static final String PASSWORD = "the right passphrase";

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired SignInThrottleTest.CountingEncoder encoder;
    @Autowired SignInThrottle throttle;
    @Autowired SessionProperties sessions;
    @Autowired JdbcTemplate jdbc;

    private SignInPaths paths;
    private String user;

    /** A new administrator (so that the actuator answers 200 too), with a cheap BCrypt hash. */
    @BeforeEach
    void newAdministrator() {
        paths = new SignInPaths(mvc);
        user = "locked-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO app_user (username, password_hash, enabled, role, version) VALUES (?, ?, TRUE, "
                + "'SystemAdministrator', 0)", user, "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD));
    }

    private void lockByFiveWrongGuesses() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(paths.apiBasic(user, "wrong-" + i, "10.8.0." + i).getStatus()).isEqualTo(401);
        }
    }

    @Test
    void the_right_password_is_refused_on_every_path_while_locked_and_each_attempt_makes_the_lock_longer()
            throws Exception {
        assertThat(paths.apiBasic(user, PASSWORD, "10.8.1.1").getStatus()).as("remembered from now on").isEqualTo(200);
        lockByFiveWrongGuesses();
        int bcrypt = encoder.matches.get();

        MockHttpServletResponse basic = paths.apiBasic(user, PASSWORD, "10.8.1.1");
        assertThat(basic.getStatus()).isEqualTo(429);
        assertThat(basic.getHeader("Retry-After")).as("the 6th failure: 2 minutes").isEqualTo("120");
        assertThat(basic.getContentAsString()).contains("\"errorCode\":\"TooManyRequests\"");
        MockHttpServletResponse credentials = paths.credentials(user, PASSWORD, "10.8.1.1");
        assertThat(credentials.getStatus()).isEqualTo(429);
        assertThat(credentials.getHeader("Retry-After")).isEqualTo("240");
        assertThat(credentials.getCookies()).as("no session").isEmpty();
        assertThat(paths.portal(user, PASSWORD, "10.8.1.1").getRedirectedUrl()).isEqualTo("/login?throttled=8");
        MockHttpServletResponse actuator = paths.actuator(user, PASSWORD, "10.8.1.1");
        assertThat(actuator.getStatus()).isEqualTo(429);
        assertThat(actuator.getHeader("Retry-After")).as("capped at 15 minutes").isEqualTo("900");
        assertThat(encoder.matches.get()).as("no BCrypt while locked").isEqualTo(bcrypt);
        assertThat(jdbc.queryForList("SELECT reason FROM auth_audit WHERE target_user = ? AND event = "
                + "'SIGN_IN_FAILURE'", String.class, user)).containsExactly("BAD_PASSWORD", "BAD_PASSWORD",
                "BAD_PASSWORD", "BAD_PASSWORD", "BAD_PASSWORD", "THROTTLED", "THROTTLED", "THROTTLED", "THROTTLED");
        assertThat(jdbc.queryForList("SELECT detail FROM auth_audit WHERE target_user = ? AND event = 'THROTTLED'",
                String.class, user)).containsExactly("username locked for 1 min", "username locked for 2 min",
                "username locked for 4 min", "username locked for 8 min", "username locked for 15 min");

        clock.advance(Duration.ofMinutes(14));
        assertThat(paths.apiBasic(user, PASSWORD, "10.8.1.1").getStatus()).as("still locked").isEqualTo(429);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(paths.apiBasic(user, PASSWORD, "10.8.1.1").getStatus()).isEqualTo(200);
        assertThat(paths.credentials(user, PASSWORD, "10.8.1.1").getStatus()).isEqualTo(200);
        assertThat(paths.portal(user, PASSWORD, "10.8.1.1").getRedirectedUrl()).doesNotContain("/login");
        assertThat(paths.actuator(user, PASSWORD, "10.8.1.1").getStatus()).isEqualTo(200);
        assertThat(throttle.isLocked(user)).isFalse();
    }

    @Test
    void a_locked_address_is_refused_without_counting_against_the_names_it_tries() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(paths.apiBasic("sprayed-" + i, "guess", "10.8.2.1").getStatus()).isEqualTo(401);
        }
        for (int i = 0; i < 6; i++) {
            assertThat(paths.apiBasic(user, "guess-" + i, "10.8.2.1").getStatus()).isEqualTo(429);
        }
        assertThat(throttle.lockedFor("anyone", "10.8.2.1")).as("the address's lock grew")
                .hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(8)));
        assertThat(throttle.isLocked(user)).isFalse();
        assertThat(paths.apiBasic(user, PASSWORD, "10.8.2.2").getStatus()).isEqualTo(200);
    }

    @Test
    void a_lock_set_or_lifted_by_another_instance_counts_here_within_the_cache_bound() throws Exception {
        assertThat(paths.apiBasic(user, PASSWORD, "10.8.3.1").getStatus()).isEqualTo(200);
        Instant now = clock.instant();
        jdbc.update("INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at, locked_until) "
                + "VALUES (?, 5, ?, ?)", SignInThrottle.userKey(user), Timestamp.from(now),
                Timestamp.from(now.plus(Duration.ofMinutes(1))));
        assertThat(paths.apiBasic(user, PASSWORD, "10.8.3.1").getStatus())
                .as("the check is cached: no query per request").isEqualTo(200);
        clock.advance(sessions.cacheTtl());
        assertThat(paths.apiBasic(user, PASSWORD, "10.8.3.1").getStatus()).isEqualTo(429);

        jdbc.update("DELETE FROM sign_in_throttle WHERE throttle_key = ?", SignInThrottle.userKey(user));
        clock.advance(sessions.cacheTtl());
        assertThat(paths.apiBasic(user, PASSWORD, "10.8.3.1").getStatus()).isEqualTo(200);
    }
}
