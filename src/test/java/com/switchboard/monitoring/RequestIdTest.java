package com.switchboard.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.switchboard.Demo;
import com.switchboard.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Request ids from W3C trace context, in the answer and in the logs, and the API's access log. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Autowired MockMvc mvc;
    @Autowired Demo demo;

    @Test
    void without_a_traceparent_a_request_gets_a_new_id_and_a_trace_of_its_own() throws Exception {
        MockHttpServletResponse first = send(get("/actuator/health"));
        MockHttpServletResponse second = send(get("/actuator/health"));
        String id = first.getHeader("X-Request-Id");
        assertThat(id).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        assertThat(first.getHeader("traceparent")).matches("00-" + id + "-[0-9a-f]{16}-00");
        assertThat(second.getHeader("X-Request-Id")).matches("[0-9a-f]{32}").isNotEqualTo(id);
    }

    @Test
    void a_valid_traceparent_gives_its_trace_id_and_is_continued() throws Exception {
        MockHttpServletResponse response = send(get("/actuator/health")
                .header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01"));
        assertThat(response.getHeader("X-Request-Id")).isEqualTo(TRACE);
        assertThat(response.getHeader("traceparent")).matches("00-" + TRACE + "-[0-9a-f]{16}-01")
                .isNotEqualTo("00-" + TRACE + "-00f067aa0ba902b7-01");
    }

    @Test
    void an_invalid_traceparent_is_ignored() throws Exception {
        for (String invalid : new String[] {
                "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01", // zero trace id
                "00-" + TRACE + "-0000000000000000-01", // zero parent id
                "ff-" + TRACE + "-00f067aa0ba902b7-01", // forbidden version
                "00-" + TRACE.toUpperCase() + "-00f067aa0ba902b7-01", // upper case
                "00-" + TRACE + "-00f067aa0ba902b7-01-extra", // version 00 has exactly four parts
                "00-" + TRACE.substring(1) + "-00f067aa0ba902b7-01", "garbage"}) {
            MockHttpServletResponse response = send(get("/actuator/health").header("traceparent", invalid));
            assertThat(response.getHeader("X-Request-Id")).as(invalid).matches("[0-9a-f]{32}").isNotEqualTo(TRACE);
            assertThat(response.getHeader("traceparent")).as(invalid).endsWith("-00");
        }
        // a later version may add fields
        assertThat(send(get("/actuator/health").header("traceparent", "01-" + TRACE + "-00f067aa0ba902b7-01-more"))
                .getHeader("X-Request-Id")).isEqualTo(TRACE);
    }

    @Test
    void an_api_request_writes_one_access_line_with_its_request_id_and_no_secrets(CapturedOutput output)
            throws Exception {
        String id = demo.customer(Demo.OWN).getId();
        MockHttpServletResponse response = send(get("/customers/" + id + "?nameFilter=x")
                .header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01")
                .header("Cookie", "JSESSIONID=cookie-secret")
                .with(httpBasic("manager", "manager")));
        assertThat(response.getStatus()).isEqualTo(200);

        String line = accessLines(output, TRACE);
        assertThat(line).contains("[" + TRACE + "]", "GET /customers/{customerId} 200 ",
                " ms user=manager operation=GetCustomer");
        assertThat(line.lines()).hasSize(1);
        assertThat(output.getAll()).doesNotContain("cookie-secret", "bWFuYWdlcjptYW5hZ2Vy", "nameFilter");
    }

    @Test
    void refused_api_requests_are_logged_too(CapturedOutput output) throws Exception {
        String unauthenticated = "11111111111111111111111111111111";
        send(post("/customers/x/staging").contentType(MediaType.APPLICATION_JSON).content("{\"isStaging\":true}")
                .header("traceparent", "00-" + unauthenticated + "-00f067aa0ba902b7-01")
                .with(httpBasic("manager", "wrong-password")));
        assertThat(accessLines(output, unauthenticated))
                .contains("POST /customers/x/staging 401 ", " ms user=- operation=none")
                .doesNotContain("wrong-password");

        String invalid = "22222222222222222222222222222222";
        send(post("/api/SetCustomerStagingMode").contentType(MediaType.APPLICATION_JSON).content("{\"customerId\":\"x\"}")
                .header("traceparent", "00-" + invalid + "-00f067aa0ba902b7-01")
                .with(httpBasic("manager", "manager")));
        assertThat(accessLines(output, invalid))
                .contains("POST /api/{operation} 400 ", " ms user=manager operation=SetCustomerStagingMode");
        assertThat(output.getAll()).doesNotContain("wrong-password");
    }

    @Test
    void every_operation_is_logged_by_the_name_its_metadata_page_gives_it(CapturedOutput output) throws Exception {
        String deleted = "44444444444444444444444444444444";
        send(delete("/customers/no-such-customer").header("traceparent", "00-" + deleted + "-00f067aa0ba902b7-01")
                .with(httpBasic("manager", "manager")));
        assertThat(accessLines(output, deleted))
                .contains("DELETE /customers/{customerId} 404 ", " ms user=manager operation=DeleteCustomer");

        String predefined = "55555555555555555555555555555555";
        send(post("/api/DeleteCustomer").contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\":\"no-such-customer\"}")
                .header("traceparent", "00-" + predefined + "-00f067aa0ba902b7-01")
                .with(httpBasic("manager", "manager")));
        assertThat(accessLines(output, predefined))
                .contains("POST /api/{operation} 404 ", " ms user=manager operation=DeleteCustomer");

        String patched = "66666666666666666666666666666666";
        send(patch("/customers/no-such-customer").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}")
                .header("traceparent", "00-" + patched + "-00f067aa0ba902b7-01")
                .with(httpBasic("manager", "manager")));
        assertThat(accessLines(output, patched))
                .contains("PATCH /customers/{customerId} 404 ", " ms user=manager operation=PatchCustomer");
    }

    @Test
    void requests_outside_the_api_are_not_in_the_access_log(CapturedOutput output) throws Exception {
        String trace = "33333333333333333333333333333333";
        send(get("/actuator/health").header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01"));
        assertThat(output.getAll().lines().filter(l -> l.contains(trace))).isEmpty();
    }

    private static String accessLines(CapturedOutput output, String trace) {
        return String.join("\n", output.getAll().lines()
                .filter(l -> l.contains(trace) && l.contains("com.switchboard.api.access")).toList());
    }

    private MockHttpServletResponse send(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
