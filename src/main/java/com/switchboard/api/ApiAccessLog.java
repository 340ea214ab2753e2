package com.switchboard.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One log line per API request on the logger {@code com.switchboard.api.access} - method, route
 * pattern, status, duration in ms, user and operation; never a header, cookie, body or query
 * string - and the timer {@code switchboard.api.requests} by operation and status. It wraps the
 * API's security chain, so refusals (401, 403) are logged and counted too.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
class ApiAccessLog extends OncePerRequestFilter {

    static final String METRIC = "switchboard.api.requests";
    private static final Logger log = LoggerFactory.getLogger("com.switchboard.api.access");

    private final MeterRegistry registry;

    ApiAccessLog(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long nanos = System.nanoTime() - start;
            int status = response.getStatus();
            String operation = ApiCaller.operation(request);
            Timer.builder(METRIC).description("API requests by operation and status")
                    .tag("operation", operation).tag("status", Integer.toString(status))
                    .register(registry).record(nanos, TimeUnit.NANOSECONDS);
            String route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern
                    ? pattern : request.getRequestURI().substring(request.getContextPath().length());
            long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
            String user = ApiCaller.user(request);
            log.atInfo()
                    .addKeyValue("http.request.method", request.getMethod())
                    .addKeyValue("url.path", route)
                    .addKeyValue("http.response.status_code", status)
                    .addKeyValue("event.duration_ms", millis)
                    .addKeyValue("user.name", user)
                    .addKeyValue("switchboard.operation", operation)
                    .log("{} {} {} {} ms user={} operation={}", request.getMethod(), route, status, millis, user,
                            operation);
        }
    }
}
