package com.switchboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.Demo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * With the default settings no proxy is trusted, loopback and private addresses included: forged
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} from a local process change neither the
 * client address that the audit records and the throttle counts, nor the cookies. A password spray
 * that names another address each time meets the address lock all the same.
 * {@link TrustedProxyTest} names a proxy and sees the headers honoured.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.sign-in.max-failures=5")
@ActiveProfiles("test")
@Import(Demo.class)
class ForwardedHeadersTest {

    static final String FORGED = "203.0.113.7";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void forgetFailures() {
        jdbc.update("DELETE FROM sign_in_throttle");
    }

    /** {@code POST /auth/credentials} as a script sends it, with these extra headers (name, value, …). */
    static HttpResponse<String> signIn(int port, String user, String password, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/auth/credentials"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"userName\":\"" + user + "\",\"password\":\"" + password + "\"}"));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The client address the audit recorded for the one request sent with this user agent. */
    static String auditedAddress(JdbcTemplate jdbc, String userAgent) {
        return jdbc.queryForObject("SELECT client_ip FROM auth_audit WHERE user_agent = ?", String.class, userAgent);
    }

    @Test
    void a_forged_client_address_from_loopback_is_ignored_by_the_audit() throws Exception {
        String agent = "forger-" + UUID.randomUUID();
        HttpResponse<String> response = signIn(port, "manager", "wrong password", "X-Forwarded-For", FORGED,
                "User-Agent", agent);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(auditedAddress(jdbc, agent)).isEqualTo("127.0.0.1");
    }

    @Test
    void a_spray_with_a_new_forged_address_each_time_meets_the_address_lock() throws Exception {
        int status = 0;
        for (int i = 0; i < 10; i++) {
            status = signIn(port, "sprayed-" + i, "Spring2026!", "X-Forwarded-For", "198.51.100." + (i + 1))
                    .statusCode();
        }
        assertThat(status).as("the socket's address is locked after 5 failures").isEqualTo(429);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_throttle WHERE throttle_key LIKE '%198.51.100.%'",
                Integer.class)).isZero();
    }

    @Test
    void a_forged_https_scheme_does_not_make_the_cookies_secure() throws Exception {
        HttpResponse<String> response = signIn(port, "manager", "manager", "X-Forwarded-Proto", "https");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isNotEmpty()
                .noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }
}
