package com.switchboard.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * An API path that no operation takes ({@code /customers/x/y/z}, {@code /json/nothing}) answers 404
 * {@code ResponseStatus} in the caller's format, and creates no session. Without this the request
 * would fall through to the portal (Vaadin serves every path nobody else maps, with a 200 page and a
 * new session). It is consulted after the API's own routes, so a route with a method it does not take
 * stays a 405, and before the portal's and the static resources' catch-all mappings.
 */
@Component
class ApiNotFound extends AbstractHandlerMapping {

    static final String MESSAGE = "No operation at this path";

    private static final HttpRequestHandler NOT_FOUND = (request, response) -> ApiResponses.writeError(response,
            HttpStatus.NOT_FOUND, ApiResponses.errorCode(404), MESSAGE, WireFormat.answerFor(request));

    ApiNotFound() {
        // after the routes (order 0) and before Vaadin's and the static resources' (LOWEST_PRECEDENCE - 1)
        setOrder(Ordered.LOWEST_PRECEDENCE - 2);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        return ApiPaths.matches(request) ? NOT_FOUND : null;
    }
}
