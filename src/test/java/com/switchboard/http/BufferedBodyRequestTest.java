package com.switchboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import java.nio.charset.StandardCharsets;
import org.apache.tomcat.util.http.Parameters;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The buffered request answers like Tomcat's: fields, limits, body and dispatch. */
class BufferedBodyRequestTest {

    private static BufferedBodyRequest posted(String query, String body, int maxParameterCount) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setDispatcherType(DispatcherType.ASYNC);
        request.setContentType("application/x-www-form-urlencoded; charset=UTF-8");
        request.setCharacterEncoding("UTF-8");
        request.setQueryString(query);
        request.addParameter("a", "from-query");
        BufferedBodyRequest buffered = new BufferedBodyRequest(request, maxParameterCount);
        buffered.complete(body.getBytes(StandardCharsets.UTF_8));
        return buffered;
    }

    @Test
    void form_fields_follow_the_query_strings_decoded_in_the_requests_charset() throws Exception {
        BufferedBodyRequest request = posted("a=from-query", "a=from-body&name=J%C3%BCrgen+M&_csrf=t", 100);
        assertThat(request.getParameterValues("a")).containsExactly("from-query", "from-body");
        assertThat(request.getParameter("name")).isEqualTo("Jürgen M");
        assertThat(request.getParameter("_csrf")).isEqualTo("t");
        assertThat(request.getParameterMap()).containsOnlyKeys("a", "name", "_csrf");
        assertThat(request.getAttribute(BufferedBodyRequest.PARSE_FAILED)).isNull();
        assertThat(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("a=from-body&name=J%C3%BCrgen+M&_csrf=t");
        assertThat(request.getReader().readLine()).isEqualTo("a=from-body&name=J%C3%BCrgen+M&_csrf=t");
        assertThat(request.getDispatcherType()).isEqualTo(DispatcherType.REQUEST);
    }

    @Test
    void a_form_beyond_the_field_limit_keeps_its_first_fields_and_is_marked_as_tomcat_marks_it() {
        BufferedBodyRequest request = posted("a=from-query", "b=1&c=2&d=3&e=4", 3);
        assertThat(request.getParameterMap()).containsOnlyKeys("a", "b", "c");
        assertThat(request.getAttribute(BufferedBodyRequest.PARSE_FAILED)).isEqualTo(Boolean.TRUE);
        assertThat(request.getAttribute(BufferedBodyRequest.PARSE_FAILED_REASON))
                .isEqualTo(Parameters.FailReason.TOO_MANY_PARAMETERS);
    }

    @Test
    void a_body_that_is_not_a_form_has_no_fields_of_its_own() {
        MockHttpServletRequest json = new MockHttpServletRequest("POST", "/auth/credentials");
        json.setContentType("application/json");
        BufferedBodyRequest request = new BufferedBodyRequest(json, 100);
        request.complete("{\"userName\":\"a\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(request.getParameterMap()).isEmpty();
        assertThat(request.getParts()).isEmpty();
    }
}
