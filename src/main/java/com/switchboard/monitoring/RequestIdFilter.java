package com.switchboard.monitoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the trace id of the caller's W3C {@code traceparent} when it is
 * valid, otherwise a new one. It is in the MDC as {@code requestId} for every log line written
 * while the request runs, and in the answer as {@code X-Request-Id} and a {@code traceparent}
 * that continues the caller's trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    /** The MDC key of the request id. */
    static final String MDC_KEY = "requestId";
    static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = TraceContext.class.getName();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // an error or async dispatch keeps the id of the request it belongs to
        TraceContext trace = (TraceContext) request.getAttribute(ATTRIBUTE);
        if (trace == null) {
            trace = TraceContext.continueOrBegin(request.getHeader("traceparent"));
            request.setAttribute(ATTRIBUTE, trace);
            response.setHeader(HEADER, trace.traceId());
            response.setHeader("traceparent", trace.traceparent());
        }
        MDC.put(MDC_KEY, trace.traceId());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
