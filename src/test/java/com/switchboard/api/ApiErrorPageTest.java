package com.switchboard.api;

import static com.switchboard.api.StagingApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The error page the container forwards a failed request to: a ResponseStatus with the failure's
 * status for the API's requests, in the format of the request that failed; Spring Boot's page for
 * the portal's; 404 when asked for directly.
 */
class ApiErrorPageTest {

    private final ApiErrorPage page = new ApiErrorPage(new ServerProperties());

    /** The container's forward to {@code /error} after a failure of {@code GET uri}. */
    private static MockHttpServletRequest failed(String uri, int status) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setDispatcherType(DispatcherType.ERROR);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        return request;
    }

    @Test
    void an_api_request_that_failed_outside_a_handler_gets_a_response_status_with_its_status() throws Exception {
        MockHttpServletResponse json = new MockHttpServletResponse();
        assertThat(page.preHandle(failed("/customers/abc", 400), json, null)).isFalse();
        assertError(json, 400, "BadRequest", null);

        MockHttpServletResponse xml = new MockHttpServletResponse();
        assertThat(page.preHandle(failed("/customers/abc.xml", 413), xml, null)).isFalse();
        assertThat(xml.getContentType()).startsWith("application/xml");
        assertError(xml, 413, "PayloadTooLarge", null);
    }

    @Test
    void a_portal_request_that_failed_keeps_spring_boots_page() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(page.preHandle(failed("/portal/customers", 400), response, null)).isTrue();
        assertThat(response.getContentAsString()).isEmpty();
    }

    @Test
    void the_error_page_asked_for_directly_is_not_found() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(page.preHandle(new MockHttpServletRequest("GET", "/error"), response, null)).isFalse();
        assertError(response, 404, "NotFound", null);
    }

    @Test
    void a_refused_request_for_the_error_page_itself_is_answered_in_the_apis_shape() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(page.preHandle(failed("/error", 403), response, null)).isFalse();
        assertError(response, 403, "Forbidden", null);
    }
}
