package com.switchboard.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** {@code logging.structured.format.console=ecs} alone turns the console into ECS JSON, request id included. */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Configuration(proxyBeanMethods = false)
    static class Nothing {}

    @Test
    void one_property_writes_each_line_as_an_ecs_json_object(CapturedOutput output) throws Exception {
        try (var ignored = app().properties("logging.structured.format.console=ecs").run()) {
            MDC.put(RequestIdFilter.MDC_KEY, "4bf92f3577b34da6a3ce929d0e0e4736");
            try {
                LoggerFactory.getLogger("com.switchboard.api.access").atInfo()
                        .addKeyValue("http.response.status_code", 200)
                        .log("GET /customers 200 3 ms user=manager operation=ListCustomers");
            } finally {
                MDC.remove(RequestIdFilter.MDC_KEY);
            }
        } finally {
            app().run().close(); // back to plain text for the tests that follow
        }
        String line = output.getOut().lines().filter(l -> l.contains("operation=ListCustomers")).findFirst()
                .orElseThrow();
        JsonNode json = JSON.readTree(line);
        assertThat(json.at("/message").asText()).isEqualTo("GET /customers 200 3 ms user=manager operation=ListCustomers");
        assertThat(json.at("/log/level").asText()).isEqualTo("INFO");
        assertThat(json.at("/log/logger").asText()).isEqualTo("com.switchboard.api.access");
        assertThat(json.at("/@timestamp").asText()).isNotBlank();
        assertThat(json.at("/" + RequestIdFilter.MDC_KEY).asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(json.at("/service/name").asText()).isEqualTo("switchboard");
        assertThat(json.at("/http/response/status_code").asInt()).isEqualTo(200);
    }

    private static SpringApplicationBuilder app() {
        return new SpringApplicationBuilder(Nothing.class).web(WebApplicationType.NONE).profiles("test")
                .properties("spring.main.banner-mode=off");
    }
}
