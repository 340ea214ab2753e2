package com.switchboard.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * What Spring Security's firewall refuses before any filter chain runs (a path with {@code ;},
 * {@code ..}, an encoded {@code %} or {@code /}, a method or header it does not allow): on the API's
 * paths a 400 {@code ResponseStatus} in the caller's format, saying why; elsewhere Spring Security's
 * plain 400. Either way one line at debug level and no session.
 */
@Component
class ApiRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiRequestRejectedHandler.class);
    private final RequestRejectedHandler elsewhere = new HttpStatusRequestRejectedHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException, ServletException {
        if (!ApiPaths.matches(request)) {
            elsewhere.handle(request, response, e);
            return;
        }
        log.debug("Refused by the firewall: {}", e.getMessage());
        ApiResponses.writeError(response, HttpStatus.BAD_REQUEST, ApiResponses.errorCode(400), e.getMessage(),
                WireFormat.answerFor(request));
    }
}
