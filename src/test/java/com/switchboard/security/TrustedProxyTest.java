package com.switchboard.security;

import static com.switchboard.security.ForwardedHeadersTest.FORGED;
import static com.switchboard.security.ForwardedHeadersTest.auditedAddress;
import static com.switchboard.security.ForwardedHeadersTest.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.Demo;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A reverse proxy named in {@code server.tomcat.remoteip.internal-proxies} (here the loopback address
 * the test connects from) is believed: the client address it forwards is the one audited, and over
 * its HTTPS the session cookies are {@code Secure}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127[.]0[.]0[.]1")
@ActiveProfiles("test")
@Import(Demo.class)
class TrustedProxyTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_named_proxys_client_address_is_the_one_audited() throws Exception {
        String agent = "proxied-" + UUID.randomUUID();
        HttpResponse<String> response = signIn(port, "manager", "wrong password", "X-Forwarded-For", FORGED,
                "User-Agent", agent);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(auditedAddress(jdbc, agent)).isEqualTo(FORGED);
    }

    @Test
    void behind_the_named_tls_proxy_the_cookies_are_secure() throws Exception {
        HttpResponse<String> response = signIn(port, "manager", "manager", "X-Forwarded-Proto", "https");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).hasSize(3)
                .allSatisfy(header -> assertThat(header).contains("; Secure").contains("; HttpOnly")
                        .contains("; SameSite=Lax").contains("Path=/"));

        HttpResponse<String> plain = signIn(port, "manager", "manager");
        assertThat(plain.headers().allValues("Set-Cookie")).noneSatisfy(h -> assertThat(h).contains("Secure"));
    }
}
