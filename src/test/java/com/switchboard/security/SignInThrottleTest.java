package com.switchboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.switchboard.IntegrationTest;
import com.switchboard.MutableClock;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Brute-force throttling on every way in: it kicks in after five failures, refuses without running
 * BCrypt (each refused attempt counting as one more failure), treats unknown usernames like known
 * ones, and lets the right password in again once the lock has run out (an injected clock moves
 * time). {@link LockedSignInTest} has the lock with remembered credentials.
 */
@IntegrationTest
@Import(SignInThrottleTest.Fixtures.class)
@TestPropertySource(properties = "switchboard.sign-in.max-failures=5")
class SignInThrottleTest {

    @TestConfiguration
    static class Fixtures {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
        }

        @Bean
        @Primary
        CountingEncoder countingEncoder() {
            return new CountingEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        }
    }

    /** Counts how often a password is checked: each check is a BCrypt run. */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger matches = new AtomicInteger();
        private final PasswordEncoder delegate;

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            return delegate.matches(raw, encoded);
        }
    }

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired Clock injected;
    @Autowired CountingEncoder encoder;
    @Autowired SignInThrottle throttle;
    @Autowired JdbcTemplate jdbc;

    private MockHttpServletResponse basic(String user, String password, String ip) throws Exception {
        return mvc.perform(from(get("/customers?countPerPage=1").with(httpBasic(user, password)), ip))
                .andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String ip) {
        return request.with(r -> {
            r.setRemoteAddr(ip);
            return r;
        });
    }

    @Test
    void the_services_see_the_test_clock() {
        assertThat(injected).isSameAs(clock);
    }

    @Test
    void five_wrong_passwords_lock_the_api_without_bcrypt_until_the_lock_runs_out() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(basic("globex", "wrong-" + i, "10.0.1.1").getStatus()).isEqualTo(401);
        }
        int checked = encoder.matches.get();

        MockHttpServletResponse refused = basic("globex", "globex", "10.0.1.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).as("the 1-minute lock, grown by this attempt").isEqualTo("120");
        assertThat(refused.getContentAsString()).contains("\"errorCode\":\"TooManyRequests\"",
                "Too many attempts — try again in 2 minutes");
        // and from another address too: the username is locked
        assertThat(basic("globex", "globex", "10.0.1.2").getHeader("Retry-After")).isEqualTo("240");
        assertThat(encoder.matches.get()).as("BCrypt runs while throttled").isEqualTo(checked);

        clock.advance(Duration.ofMinutes(4).plusSeconds(1));
        assertThat(basic("globex", "globex", "10.0.1.3").getStatus()).isEqualTo(200);
    }

    @Test
    void locks_grow_exponentially_up_to_fifteen_minutes() {
        String user = "grower";
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(user, null);
        }
        assertThat(throttle.lockedFor(user, null)).contains(Duration.ofMinutes(1));
        List<Long> locks = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clock.advance(throttle.lockedFor(user, null).orElseThrow());
            throttle.recordFailure(user, null);
            locks.add(throttle.lockedFor(user, null).orElseThrow().toMinutes());
        }
        assertThat(locks).containsExactly(2L, 4L, 8L, 15L, 15L, 15L);

        clock.advance(Duration.ofMinutes(31));
        throttle.recordFailure(user, null);
        assertThat(throttle.lockedFor(user, null)).as("a new window starts afresh").isEmpty();
    }

    @Test
    void an_attempt_refused_during_a_lock_never_shortens_or_lifts_it() {
        String user = "lingerer";
        Instant now = injected.instant();
        // a lock set with fewer failures than this instance counts to (another instance's setting, or
        // one changed since): the refused attempt counts, and the lock stays at least as long
        jdbc.update("INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at, locked_until)"
                + " VALUES (?, 2, ?, ?)", SignInThrottle.userKey(user), Timestamp.from(now),
                Timestamp.from(now.plus(Duration.ofMinutes(10))));
        clock.advance(Duration.ofSeconds(3));
        assertThat(throttle.refuseIfLocked(user, null)).isPresent();
        assertThat(throttle.lockedFor(user, null)).hasValueSatisfying(left ->
                assertThat(left).isGreaterThanOrEqualTo(Duration.ofMinutes(10).minusSeconds(3)));
        assertThat(throttle.isLocked(user)).isTrue();
    }

    @Test
    void unknown_usernames_are_throttled_exactly_like_known_ones() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(basic("no-such-user", "guess-" + i, "10.0.2." + i).getStatus()).isEqualTo(401);
        }
        int checked = encoder.matches.get();
        MockHttpServletResponse refused = basic("no-such-user", "guess", "10.0.2.9");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("120");
        assertThat(encoder.matches.get()).isEqualTo(checked);
    }

    @Test
    void one_address_guessing_at_many_usernames_is_throttled() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(basic("user-" + i, "guess", "10.0.3.1").getStatus()).isEqualTo(401);
        }
        assertThat(basic("manager", "manager", "10.0.3.1").getStatus()).isEqualTo(429);
        assertThat(basic("manager", "manager", "10.0.3.2").getStatus()).isEqualTo(200);
    }

    @Test
    void the_portal_form_says_how_long_to_wait_and_needs_its_csrf_token() throws Exception {
        for (int i = 0; i < 5; i++) {
            MockHttpServletResponse failed = mvc.perform(from(post("/login").param("username", "customer")
                    .param("password", "wrong").with(csrf()), "10.0.4." + i)).andReturn().getResponse();
            assertThat(failed.getRedirectedUrl()).isEqualTo("/login?error");
        }
        MockHttpServletResponse throttled = mvc.perform(from(post("/login").param("username", "customer")
                .param("password", "customer").with(csrf()), "10.0.4.9")).andReturn().getResponse();
        assertThat(throttled.getRedirectedUrl()).isEqualTo("/login?throttled=2");

        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        MockHttpServletResponse noToken = mvc.perform(from(post("/login").param("username", "customer")
                .param("password", "customer"), "10.0.4.10")).andReturn().getResponse();
        assertThat(noToken.getStatus()).as("login CSRF").isEqualTo(403);
        MockHttpServletResponse signedIn = mvc.perform(from(post("/login").param("username", "customer")
                .param("password", "customer").with(csrf()), "10.0.4.10")).andReturn().getResponse();
        assertThat(signedIn.getRedirectedUrl()).doesNotContain("login");
    }

    @Test
    void an_administrator_can_unlock_a_username() throws Exception {
        for (int i = 0; i < 5; i++) {
            basic("bench-unlock", "guess", "10.0.5." + i);
        }
        assertThat(throttle.isLocked("bench-unlock")).isTrue();
        assertThat(throttle.unlock("BENCH-unlock")).isTrue();
        assertThat(throttle.isLocked("bench-unlock")).isFalse();
    }

    @Test
    void each_failure_and_lock_is_audited_with_its_reason() throws Exception {
        clock.advance(Duration.ofMinutes(6)); // past any remembered credentials of other tests
        basic("manager", "not-it", "10.0.6.1");
        basic("nobody-here", "x", "10.0.6.1");
        basic("manager", "manager", "10.0.6.2");
        basic("manager", "manager", "10.0.6.2"); // remembered: a request, not another sign-in
        List<String> rows = jdbc.queryForList("SELECT event || ':' || COALESCE(reason, '-') || ':' || channel || ':'"
                + " || client_ip FROM auth_audit WHERE client_ip LIKE '10.0.6.%' ORDER BY id", String.class);
        assertThat(rows).containsExactly("SIGN_IN_FAILURE:BAD_PASSWORD:API:10.0.6.1",
                "SIGN_IN_FAILURE:UNKNOWN_USER:API:10.0.6.1", "SIGN_IN_SUCCESS:-:API:10.0.6.2");

        for (int i = 0; i < 5; i++) {
            basic("audited", "x", "10.0.7." + i);
        }
        basic("audited", "x", "10.0.7.9");
        assertThat(jdbc.queryForList("SELECT event || ':' || COALESCE(reason, '-') FROM auth_audit"
                + " WHERE target_user = 'audited' ORDER BY id", String.class))
                .containsSubsequence("SIGN_IN_FAILURE:UNKNOWN_USER", "THROTTLED:-", "SIGN_IN_FAILURE:THROTTLED");
    }
}
