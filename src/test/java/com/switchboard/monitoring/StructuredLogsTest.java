package com.switchboard.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/**
 * What {@code logging.structured.format.console=ecs} writes: Spring Boot's ECS encoder, the one that
 * property selects, turns an access-log event into one JSON object with the request id.
 */
class StructuredLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void an_access_log_line_in_ecs_is_one_json_object_with_the_request_id() throws Exception {
        LoggerContext context = new LoggerContext();
        context.putObject(Environment.class.getName(), new MockEnvironment()
                .withProperty("spring.application.name", "switchboard"));
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();

        LoggingEvent event = new LoggingEvent(StructuredLogsTest.class.getName(),
                context.getLogger("com.switchboard.api.access"), Level.INFO,
                "GET /customers 200 3 ms user=manager operation=ListCustomers", null, null);
        event.setMDCPropertyMap(Map.of(RequestIdFilter.MDC_KEY, "4bf92f3577b34da6a3ce929d0e0e4736"));
        event.setKeyValuePairs(List.of(new KeyValuePair("http.response.status_code", 200)));
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line.strip().lines()).hasSize(1);
        JsonNode json = JSON.readTree(line);
        assertThat(json.at("/message").asText()).isEqualTo("GET /customers 200 3 ms user=manager operation=ListCustomers");
        assertThat(json.at("/log/level").asText()).isEqualTo("INFO");
        assertThat(json.at("/log/logger").asText()).isEqualTo("com.switchboard.api.access");
        assertThat(json.at("/@timestamp").asText()).isNotBlank();
        assertThat(json.at("/" + RequestIdFilter.MDC_KEY).asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(json.at("/service/name").asText()).isEqualTo("switchboard");
        assertThat(json.at("/http/response/status_code").asInt()).isEqualTo(200);
    }
}
