package com.switchboard.api;

import static com.switchboard.api.StagingApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.customer.CustomerNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Failures with no request that can provoke them today still answer in ServiceStack's shape. */
class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors();

    @Test
    void a_version_conflict_answers_409() throws Exception {
        assertError(body(errors.conflict(new OptimisticLockingFailureException("stale"), request("json"))), 409,
                "OptimisticConcurrencyException", null);
        assertError(body(errors.conflict(new OptimisticLockingFailureException("stale"), request("xml"))), 409,
                "OptimisticConcurrencyException", null);
    }

    @Test
    void an_unexpected_failure_answers_500_without_its_details() throws Exception {
        assertError(body(errors.unexpected(new IllegalStateException("secret detail in java.lang"), request("json"))),
                500, "InternalServerError", null);
    }

    @Test
    void spring_mvcs_own_client_errors_keep_their_4xx_status() throws Exception {
        assertError(body(errors.unexpected(new NoResourceFoundException(HttpMethod.GET, "/customers/x/y"),
                request("json"))), 404, "NotFound", null);
        assertError(body(errors.unexpected(new HttpMediaTypeNotAcceptableException("text/csv"), request("xml"))),
                406, "NotAcceptable", null);
        assertError(body(errors.unexpected(new MissingServletRequestParameterException("customerId", "String"),
                request("json"))), 400, "BadRequest", null);
    }

    @Test
    void not_found_names_the_id_only() throws Exception {
        assertError(body(errors.notFound(new CustomerNotFoundException("abc"), request("xml"))), 404, "NotFound", null);
    }

    @Test
    void a_caller_that_hung_up_is_not_answered_nor_logged_as_a_failure() {
        var resolver = new ExceptionHandlerMethodResolver(ApiErrors.class);
        var method = resolver.resolveMethod(
                new AsyncRequestNotUsableException("ServletOutputStream failed to flush: Broken pipe"));
        assertThat(method).isNotNull();
        assertThat(method.getName()).isEqualTo("callerGone");
        assertThat(method.getReturnType()).isEqualTo(void.class);
        assertThat(resolver.resolveMethod(new IllegalStateException("x")).getName()).isEqualTo("unexpected");
    }

    private static MockHttpServletRequest request(String format) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/customers/abc");
        request.setQueryString("format=" + format);
        return request;
    }

    private static MockHttpServletResponse body(ResponseEntity<byte[]> entity) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(entity.getStatusCode().value());
        response.setContentType(entity.getHeaders().getContentType().toString());
        response.getOutputStream().write(entity.getBody());
        response.setCharacterEncoding("UTF-8");
        return response;
    }

}
