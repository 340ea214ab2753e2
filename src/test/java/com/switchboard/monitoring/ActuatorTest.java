package com.switchboard.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.switchboard.Demo;
import com.switchboard.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** The actuator on the application's port: who sees what, readiness, and the metrics Switchboard adds. */
@IntegrationTest
class ActuatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired MockMvc mvc;
    @Autowired Demo demo;
    @Autowired ApplicationContext context;

    // ---- health ------------------------------------------------------------------------------------

    @Test
    void health_and_its_probes_are_public_and_say_only_up() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            MockHttpServletResponse response = send(get(path));
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertOnlyUp(JSON.readTree(response.getContentAsString()));
        }
    }

    @Test
    void an_administrator_sees_the_details_and_readiness_includes_the_database() throws Exception {
        JsonNode health = json(send(get("/actuator/health").with(httpBasic("admin", "admin"))));
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/details/database").asText()).isEqualTo("H2");

        JsonNode readiness = json(send(get("/actuator/health/readiness").with(httpBasic("admin", "admin"))));
        assertThat(readiness.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/readinessState/status").asText()).isEqualTo("UP");
        JsonNode liveness = json(send(get("/actuator/health/liveness").with(httpBasic("admin", "admin"))));
        assertThat(liveness.at("/components/livenessState/status").asText()).isEqualTo("UP");
        assertThat(liveness.at("/components/db").isMissingNode()).isTrue();
    }

    @Test
    void a_manager_gets_no_details() throws Exception {
        assertOnlyUp(json(send(get("/actuator/health").with(httpBasic("manager", "manager")))));
    }

    // ---- the administrator's endpoints -------------------------------------------------------------

    @Test
    void info_metrics_and_prometheus_are_for_administrators_only() throws Exception {
        for (String path : new String[] {"/actuator/info", "/actuator/metrics", "/actuator/prometheus"}) {
            MockHttpServletResponse anonymous = send(get(path));
            assertThat(anonymous.getStatus()).as(path).isEqualTo(401);
            assertThat(anonymous.getHeader("WWW-Authenticate")).as(path).startsWith("Basic");
            assertThat(send(get(path).with(httpBasic("admin", "wrong"))).getStatus()).as(path).isEqualTo(401);
            assertThat(send(get(path).with(httpBasic("manager", "manager"))).getStatus()).as(path).isEqualTo(403);
            assertThat(send(get(path).with(httpBasic("customer", "customer"))).getStatus()).as(path).isEqualTo(403);
            assertThat(send(get(path).with(httpBasic("admin", "admin"))).getStatus()).as(path).isEqualTo(200);
        }
    }

    @Test
    void info_tells_the_version_and_the_commit() throws Exception {
        JsonNode info = json(send(get("/actuator/info").with(httpBasic("admin", "admin"))));
        assertThat(info.at("/build/version").asText()).isEqualTo("1.0.0-SNAPSHOT");
        assertThat(info.at("/build/artifact").asText()).isEqualTo("switchboard");
        if (new ClassPathResource("git.properties").exists()) { // absent only when built without .git
            assertThat(info.at("/git/commit/id").asText()).matches("[0-9a-f]{7,}");
        }
    }

    @Test
    void no_other_endpoint_opens_even_to_an_administrator() throws Exception {
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/shutdown"}) {
            MockHttpServletResponse response = send(get(path).with(httpBasic("admin", "admin")));
            assertThat(response.getStatus()).as(path).isNotEqualTo(200);
            assertThat(response.getContentAsString()).as(path).doesNotContain("propertySources", "beans", "threads");
        }
    }

    /** The README lists the endpoints; there is no index of them, for anyone, and no portal page there either. */
    @Test
    void there_is_no_index_of_the_endpoints() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/"}) {
            MockHttpServletResponse response = send(get(path).with(httpBasic("admin", "admin")));
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentAsString()).as(path).doesNotContain("_links", "<html");
            assertThat(response.getForwardedUrl()).as(path).isNull();
            assertThat(response.getCookies()).as(path).isEmpty();
        }
    }

    // ---- readiness ---------------------------------------------------------------------------------

    @Test
    void while_not_ready_every_request_but_the_actuator_answers_503() throws Exception {
        String id = demo.customer(Demo.OWN).getId();
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            for (RequestBuilder request : new RequestBuilder[] {
                    get("/customers/" + id).with(httpBasic("manager", "manager")), get("/login"), get("/")}) {
                MockHttpServletResponse response = send(request);
                assertThat(response.getStatus()).isEqualTo(503);
                assertThat(response.getHeader("Retry-After")).isEqualTo("1");
            }
            assertThat(send(get("/actuator/health/readiness")).getStatus()).isEqualTo(503);
            assertThat(JSON.readTree(send(get("/actuator/health/readiness")).getContentAsString()).at("/status").asText())
                    .isEqualTo("OUT_OF_SERVICE");
            assertThat(send(get("/actuator/health/liveness")).getStatus()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(send(get("/customers/" + id).with(httpBasic("manager", "manager"))).getStatus()).isEqualTo(200);
        assertThat(send(get("/actuator/health/readiness")).getStatus()).isEqualTo(200);
    }

    // ---- metrics -----------------------------------------------------------------------------------

    @Test
    void prometheus_counts_api_operations_by_name_and_status() throws Exception {
        String id = demo.customer(Demo.OWN).getId();
        send(get("/customers/" + id).with(httpBasic("manager", "manager")));
        send(get("/api/GetCustomer?customerId=no-such-customer").with(httpBasic("manager", "manager")));
        send(get("/customers").with(httpBasic("manager", "nope")));

        String metrics = prometheus();
        assertThat(metrics).containsPattern(
                "switchboard_api_requests_seconds_count\\{application=\"switchboard\",operation=\"GetCustomer\",status=\"200\"} [1-9]");
        assertThat(metrics).containsPattern(
                "switchboard_api_requests_seconds_count\\{application=\"switchboard\",operation=\"GetCustomer\",status=\"404\"} [1-9]");
        assertThat(metrics).containsPattern(
                "switchboard_api_requests_seconds_count\\{application=\"switchboard\",operation=\"none\",status=\"401\"} [1-9]");
    }

    @Test
    void prometheus_counts_sign_ins_by_outcome_and_channel() throws Exception {
        send(get("/customers").with(httpBasic("manager", "nope")));
        send(get("/customers").with(httpBasic("nobody-at-all", "nope")));
        send(formLogin("/login").user("manager").password("manager"));
        send(formLogin("/login").user("manager").password("not-it"));

        String metrics = prometheus();
        assertThat(metrics).containsPattern("switchboard_signins_total\\{application=\"switchboard\",channel=\"api\","
                + "outcome=\"failure\",reason=\"bad_credentials\"} [2-9]");
        assertThat(metrics).containsPattern("switchboard_signins_total\\{application=\"switchboard\",channel=\"api\","
                + "outcome=\"success\",reason=\"none\"} [1-9]");
        assertThat(metrics).containsPattern("switchboard_signins_total\\{application=\"switchboard\",channel=\"portal\","
                + "outcome=\"success\",reason=\"none\"} [1-9]");
        assertThat(metrics).containsPattern("switchboard_signins_total\\{application=\"switchboard\",channel=\"portal\","
                + "outcome=\"failure\",reason=\"bad_credentials\"} [1-9]");
    }

    @Test
    void prometheus_counts_staging_flips_by_channel_and_outcome_and_schedule_evaluations() throws Exception {
        String id = demo.customer(Demo.SIBLING_OF_OWN).getId();
        boolean target = !demo.customer(Demo.SIBLING_OF_OWN).isStaging();
        String body = "{\"isStaging\": " + target + "}";
        for (int i = 0; i < 2; i++) { // changed, then unchanged
            assertThat(send(post("/customers/" + id + "/staging").contentType(MediaType.APPLICATION_JSON).content(body)
                    .with(httpBasic("manager", "manager"))).getStatus()).isEqualTo(200);
        }
        assertThat(send(post("/customers/" + demo.customer(Demo.GLOBEX).getId() + "/staging")
                .contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("manager", "manager")))
                .getStatus()).isEqualTo(404);
        assertThat(send(post("/customers/" + id + "/test-schedule").contentType(MediaType.APPLICATION_JSON)
                .content("{\"dateTime\": \"2026-12-25T10:00\"}").with(httpBasic("manager", "manager")))
                .getStatus()).isEqualTo(200);

        String metrics = prometheus();
        for (String outcome : new String[] {"changed", "unchanged", "refused"}) {
            assertThat(metrics).containsPattern("switchboard_staging_flips_total\\{application=\"switchboard\","
                    + "channel=\"api\",outcome=\"" + outcome + "\"} [1-9]");
        }
        assertThat(metrics).containsPattern(
                "switchboard_schedule_evaluations_total\\{application=\"switchboard\",outcome=\"(state|none)\"} [1-9]");
    }

    @Test
    void prometheus_has_http_timings_the_connection_pool_and_the_portal_gauges() throws Exception {
        send(get("/actuator/health"));
        String metrics = prometheus();
        assertThat(metrics).contains("http_server_requests_seconds_bucket{", "hikaricp_connections_active{",
                "switchboard_portal_uis{", "switchboard_portal_sessions{", "jvm_memory_used_bytes{");
    }

    /** The status and at most the names of the groups: no component, no detail. */
    private static void assertOnlyUp(JsonNode health) {
        assertThat(health.at("/status").asText()).isEqualTo("UP");
        assertThat(health.fieldNames()).toIterable().allMatch(name -> name.equals("status") || name.equals("groups"));
    }

    private String prometheus() throws Exception {
        MockHttpServletResponse response = send(get("/actuator/prometheus").with(httpBasic("admin", "admin")));
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse send(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }
}
