package com.switchboard.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403, nothing changes) a write that a browser marks as coming from another site: browsers
 * cache Basic credentials and send cookies, so another site could otherwise make a signed-in user's
 * browser change things. A POST, PUT, PATCH or DELETE (and any sign-out) is refused when
 * {@code Sec-Fetch-Site} is {@code cross-site} or {@code same-site}, or when {@code Origin} is not this
 * server. Scripts send neither header and are unaffected.
 */
class CrossSiteWriteFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (changesState(request) && fromAnotherSite(request)) {
            ApiResponses.writeError(response, HttpStatus.FORBIDDEN, "Forbidden",
                    "Cross-site requests may not change anything", WireFormat.answerFor(request));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean changesState(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT)) || path.equals("/auth/logout");
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            String value = site.strip().toLowerCase(Locale.ROOT);
            if (value.equals("cross-site") || value.equals("same-site")) {
                return true;
            }
        }
        String origin = request.getHeader("Origin");
        return origin != null && !isThisServer(origin.strip(), request);
    }

    private static boolean isThisServer(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port(scheme, uri.getPort()) == port(request.getScheme().toLowerCase(Locale.ROOT),
                    request.getServerPort());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return scheme.equals("https") ? 443 : 80;
    }
}
