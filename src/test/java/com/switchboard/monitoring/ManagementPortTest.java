package com.switchboard.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** With {@code management.server.port} the actuator moves to that port and opens there, and only there. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "switchboard.demo-data=false"})
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
class ManagementPortTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;

    @Test
    void every_endpoint_answers_without_credentials_on_the_management_port() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : new String[] {"/actuator/health/readiness", "/actuator/info", "/actuator/metrics",
                "/actuator/prometheus"}) {
            assertThat(get(managementPort, path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(get(managementPort, "/actuator/health").body()).contains("\"db\"");
        assertThat(get(managementPort, "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(get(managementPort, "/actuator/env").statusCode()).isNotEqualTo(200);
        assertThat(get(managementPort, "/actuator").statusCode()).as("no index of the endpoints").isEqualTo(404);
    }

    @Test
    void the_application_port_no_longer_serves_the_actuator() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator/info"}) {
            HttpResponse<String> response = get(port, path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("jvm_memory", "\"status\":\"UP\"");
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
