package com.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.Application;
import com.switchboard.MovableClock;
import com.switchboard.Postgres;
import com.switchboard.security.AppUser;
import com.switchboard.security.AppUserRepository;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two instances of the application on one PostgreSQL schema: a session made on one is honoured by the
 * other, and signed out or disabled on one is refused by the other within the stated cache bound
 * ({@code switchboard.sessions.cache-ttl}, 2 seconds), and on the instance that ended it at once. A
 * sign-in lock set on one instance holds on the other within the same bound, remembered credentials
 * or not.
 */
class SessionsAcrossInstancesPostgresTest {

    private static final String SCHEMA = Postgres.newSchemaName();
    private static final Duration CACHE_BOUND = Duration.ofSeconds(2);
    private static final int MAX_FAILURES = 5;
    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        Postgres.requireServer();
        one = instance();
        two = instance();
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(Application.class, MovableClock.Config.class)
                .profiles("test")
                .run("--server.port=0",
                        "--spring.datasource.url=" + Postgres.URL + "?currentSchema=" + SCHEMA,
                        "--spring.datasource.username=" + Postgres.USER,
                        "--spring.datasource.password=" + Postgres.PASSWORD,
                        "--spring.flyway.schemas=" + SCHEMA,
                        "--switchboard.sign-in.max-failures=" + MAX_FAILURES);
    }

    @AfterAll
    static void stop() {
        if (two != null) two.close();
        if (one != null) one.close();
        Postgres.dropSchema(SCHEMA);
    }

    @Test
    void a_session_made_on_one_instance_is_honoured_and_signed_out_on_the_other() throws Exception {
        String cookie = signIn(one, "manager", "manager");
        assertThat(status(two, cookie)).isEqualTo(200);
        assertThat(status(one, cookie)).isEqualTo(200);

        assertThat(send(two, "POST", "/auth/logout", cookie).statusCode()).isEqualTo(200);

        assertThat(status(two, cookie)).as("at once where it was signed out").isEqualTo(401);
        clock(one).advance(CACHE_BOUND);
        assertThat(status(one, cookie)).as("within the cache bound on the other").isEqualTo(401);
    }

    @Test
    void a_user_disabled_on_one_instance_is_refused_on_the_other() throws Exception {
        String cookie = signIn(one, "globex", "globex");
        assertThat(status(two, cookie)).isEqualTo(200);
        AppUserRepository users = one.getBean(AppUserRepository.class);
        AppUser globex = users.findByUsername("globex").orElseThrow();
        try {
            users.save(globex.withEnabled(false));
            clock(two).advance(CACHE_BOUND);
            assertThat(status(two, cookie)).isEqualTo(401);
            assertThat(send(two, "GET", "/auth/status", null, "globex:globex").statusCode()).isEqualTo(401);
        } finally {
            users.save(users.findByUsername("globex").orElseThrow().withEnabled(true));
        }
    }

    @Test
    void a_name_locked_on_one_instance_is_refused_on_the_other_within_the_bound_even_with_remembered_credentials()
            throws Exception {
        String name = "locked-across";
        one.getBean(AppUserRepository.class).save(AppUser.administrator(name,
                one.getBean(PasswordEncoder.class).encode(name)));
        assertThat(send(two, "GET", "/auth/status", null, name + ":" + name).statusCode()).as("remembered on two")
                .isEqualTo(200);
        try {
            for (int i = 0; i < MAX_FAILURES; i++) {
                assertThat(send(one, "GET", "/auth/status", null, name + ":wrong").statusCode()).isEqualTo(401);
            }
            assertThat(send(one, "GET", "/auth/status", null, name + ":" + name).statusCode()).as("at once on one")
                    .isEqualTo(429);
            clock(two).advance(CACHE_BOUND);
            assertThat(send(two, "GET", "/auth/status", null, name + ":" + name).statusCode())
                    .as("within the bound on two").isEqualTo(429);
        } finally {
            // the guesses came from this test's address, which the other tests share
            one.getBean(JdbcTemplate.class).update("DELETE FROM sign_in_throttle");
            clock(one).advance(CACHE_BOUND);
            clock(two).advance(CACHE_BOUND);
        }
    }

    private static MovableClock clock(ConfigurableApplicationContext instance) {
        return instance.getBean(MovableClock.class);
    }

    private int status(ConfigurableApplicationContext instance, String cookie) throws Exception {
        return send(instance, "GET", "/auth/status", cookie).statusCode();
    }

    private String signIn(ConfigurableApplicationContext instance, String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(instance, "/auth/credentials"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userName\":\"" + user + "\",\"password\":\"" + password
                        + "\",\"rememberMe\":true}")).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().allValues("Set-Cookie").stream().flatMap(h -> HttpCookie.parse(h).stream())
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    private HttpResponse<String> send(ConfigurableApplicationContext instance, String method, String path,
            String cookie) throws Exception {
        return send(instance, method, path, cookie, null);
    }

    private HttpResponse<String> send(ConfigurableApplicationContext instance, String method, String path,
            String cookie, String basic) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path)).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (basic != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(basic.getBytes()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        return URI.create("http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port") + path);
    }
}
