package com.switchboard.api;

import com.switchboard.account.CustomerFieldRules;
import com.switchboard.api.dto.ResponseError;
import com.switchboard.base.domain.ConflictException;
import com.switchboard.base.domain.NotFoundException;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.customer.CustomerHasChildrenException;
import com.switchboard.security.SignInThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * Every failure of the API answered as ServiceStack does: an {@code ErrorResponse} with a
 * {@code ResponseStatus}, in the format the caller asked for, never with a stack trace or class name.
 */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<byte[]> refused(ApiException e, HttpServletRequest request) {
        return ApiResponses.error(e.status, e.errorCode, e.getMessage(), e.errors, WireFormat.answerFor(request));
    }

    /** Field paths as ServiceStack names them: {@code schedule.rules[0].byHour} → {@code Schedule.Rules[0].ByHour}. */
    static String pascal(String path) {
        StringBuilder out = new StringBuilder(path.length());
        boolean start = true;
        for (char c : path.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '.';
        }
        return out.toString();
    }

    /**
     * A field the domain refused, as ServiceStack names it; a member of custom data the schema holds
     * ({@code data.plan}) keeps its key's spelling, which is the account's own name: {@code Data.plan}.
     */
    static String domainField(String field) {
        return field.startsWith(CustomerFieldRules.DATA + ".")
                ? "Data" + field.substring(CustomerFieldRules.DATA.length()) : pascal(field);
    }

    /** Sign-in refused while throttled: 429 with how long to wait. */
    @ExceptionHandler(SignInThrottledException.class)
    ResponseEntity<byte[]> throttled(SignInThrottledException e, HttpServletRequest request) {
        ResponseEntity<byte[]> error = ApiResponses.error(HttpStatus.TOO_MANY_REQUESTS, "TooManyRequests",
                e.getMessage(), List.of(), WireFormat.answerFor(request));
        return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders())
                .header("Retry-After", String.valueOf(e.retryAfterSeconds())).body(error.getBody());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<byte[]> notFound(NotFoundException e, HttpServletRequest request) {
        return ApiResponses.error(HttpStatus.NOT_FOUND, "NotFound", e.getMessage(), List.of(),
                WireFormat.answerFor(request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<byte[]> forbidden(AccessDeniedException e, HttpServletRequest request) {
        return ApiResponses.error(HttpStatus.FORBIDDEN, "Forbidden", "You may not do this", List.of(),
                WireFormat.answerFor(request));
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<byte[]> invalid(ValidationException e, HttpServletRequest request) {
        List<ResponseError> errors = e.errors().stream().filter(error -> error.field() != null)
                .map(error -> new ResponseError("Invalid", domainField(error.field()), error.message())).toList();
        return ApiResponses.error(HttpStatus.BAD_REQUEST, "Invalid", e.getMessage(), errors,
                WireFormat.answerFor(request));
    }

    @ExceptionHandler(CustomerHasChildrenException.class)
    ResponseEntity<byte[]> hasChildren(CustomerHasChildrenException e, HttpServletRequest request) {
        return ApiResponses.error(HttpStatus.CONFLICT, "HasChildren", e.getMessage(), List.of(),
                WireFormat.answerFor(request));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<byte[]> conflict(ConflictException e, HttpServletRequest request) {
        return ApiResponses.error(HttpStatus.CONFLICT, e.code(), e.getMessage(), List.of(),
                WireFormat.answerFor(request));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<byte[]> stillReferenced(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("API request {} {} conflicts with stored data: {}", request.getMethod(), request.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        return ApiResponses.error(HttpStatus.CONFLICT, "Conflict",
                "The change conflicts with data that refers to this customer", List.of(),
                WireFormat.answerFor(request));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<byte[]> conflict(OptimisticLockingFailureException e, HttpServletRequest request) {
        return ApiResponses.error(HttpStatus.CONFLICT, "OptimisticConcurrencyException",
                "The customer was changed by someone else; read it again and retry", List.of(),
                WireFormat.answerFor(request));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<byte[]> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        ResponseEntity<byte[]> answer = ApiResponses.error(HttpStatus.METHOD_NOT_ALLOWED, "NotSupported",
                "Method " + e.getMethod() + " is not supported here", List.of(), WireFormat.answerFor(request));
        if (e.getSupportedMethods() == null) {
            return answer;
        }
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.ALLOW, String.join(", ", e.getSupportedMethods())).body(answer.getBody());
    }

    /**
     * The caller hung up before its answer was written (a client timed out or was stopped): there is
     * nobody to answer, and nothing went wrong on the server.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void callerGone(AsyncRequestNotUsableException e, HttpServletRequest request) {
        log.debug("API caller of {} {} went away before its answer: {}", request.getMethod(),
                request.getRequestURI(), e.getMessage());
    }

    /**
     * Spring MVC's own refusals of a client's request (no such resource, a media type it cannot
     * produce, a missing parameter, …) carry their 4xx status: answered with it, logged without a
     * stack trace. Everything else that reaches here is the server's failure: 500, logged in full.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
        HttpStatus refused = e instanceof ErrorResponse spring ? HttpStatus.resolve(spring.getStatusCode().value()) : null;
        if (refused != null && refused.is4xxClientError()) {
            log.debug("API request {} {} refused: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            return ApiResponses.error(refused, ApiResponses.errorCode(refused.value()), refused.getReasonPhrase(),
                    List.of(), WireFormat.answerFor(request));
        }
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return ApiResponses.error(HttpStatus.INTERNAL_SERVER_ERROR, "InternalServerError",
                "The request failed on the server", List.of(), WireFormat.answerFor(request));
    }
}
