package com.switchboard.monitoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} to every request but the actuator's while the application
 * is not ready: from the moment the port opens until start-up work (the application runners)
 * is done, and again once shutdown has begun. Readiness is Spring Boot's {@link ReadinessState},
 * the same one {@code /actuator/health/readiness} reports.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ReadinessGate extends OncePerRequestFilter {

    private final ApplicationAvailability availability;
    private final String actuatorPath;

    ReadinessGate(ApplicationAvailability availability, WebEndpointProperties endpoints) {
        this.availability = availability;
        this.actuatorPath = endpoints.getBasePath() + "/";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                || request.getRequestURI().startsWith(request.getContextPath() + actuatorPath)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", "1");
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.getWriter().write("Switchboard is starting or stopping; try again in a moment.\n");
    }
}
