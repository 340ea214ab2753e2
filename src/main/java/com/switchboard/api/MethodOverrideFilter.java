package com.switchboard.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * ServiceStack's {@code X-Http-Method-Override}: a POST to the API carrying the header is handled
 * as the PUT, PATCH, DELETE or GET it names (for clients and proxies that only send GET and POST).
 * Only POST is overridden, and only to those verbs; the override happens before authentication and
 * routing, so the overridden request is checked like any other (a state-changing operation
 * overridden to GET is refused with 405).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MethodOverrideFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Http-Method-Override";
    private static final Set<String> OVERRIDABLE = Set.of("PUT", "PATCH", "DELETE", "GET");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getHeader(HEADER).strip().toUpperCase(Locale.ROOT);
        if (!OVERRIDABLE.contains(method) || !ApiRefusal.isApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return method;
            }
        }, response);
    }
}
