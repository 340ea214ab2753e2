package com.switchboard.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.util.AntPathMatcher;

/**
 * The paths that belong to the API: its security chain, access log and interceptors use them, and
 * every answer on them, the refusals of Tomcat, of Spring Security's firewall and of the error page
 * included, is a ServiceStack {@code ResponseStatus}.
 */
final class ApiPaths {

    static final String[] PATTERNS = {"/customers", "/customers/**", "/customers.*", "/accounts", "/accounts/**",
            "/accounts.*", "/log-entries", "/log-entries.*", "/api/**", "/json/**", "/xml/**", "/metadata", "/openapi.json", "/auth", "/auth/**"};

    private static final AntPathMatcher MATCHER = new AntPathMatcher();

    private ApiPaths() {}

    /** Whether a path as the caller sent it (still percent-encoded, after the context path) is the API's. */
    static boolean matches(String path) {
        for (String pattern : PATTERNS) {
            if (MATCHER.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the request went to the API; on the error page, whether the request that failed did. */
    static boolean matches(HttpServletRequest request) {
        return matches(path(request));
    }

    /** The path the caller sent, after the context path; on the error page, that of the request that failed. */
    static String path(HttpServletRequest request) {
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
