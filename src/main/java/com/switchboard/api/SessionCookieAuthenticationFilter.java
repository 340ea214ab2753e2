package com.switchboard.api;

import com.switchboard.security.UserSessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in by its {@code ss-id}/{@code ss-pid} cookie. An {@code Authorization} header,
 * when present, decides alone: then the cookies are not looked at. The portal's session is never read.
 */
class SessionCookieAuthenticationFilter extends OncePerRequestFilter {

    private final UserSessions sessions;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    SessionCookieAuthenticationFilter(UserSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null && contexts.getContext().getAuthentication() == null) {
            for (String rawId : SessionCookies.candidates(request)) {
                Optional<UserSessions.Resolved> resolved = sessions.resolve(rawId);
                if (resolved.isPresent()) {
                    var user = resolved.get().user();
                    var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                            user.getAuthorities());
                    authentication.setDetails(new SessionDetails(rawId, resolved.get().session()));
                    SecurityContext context = contexts.createEmptyContext();
                    context.setAuthentication(authentication);
                    contexts.setContext(context);
                    break;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** What a cookie-authenticated request knows about its session. */
    record SessionDetails(String rawId, UserSessions.Session session) {
        @Override
        public String toString() {
            return "SessionDetails[" + session.idHash() + "]";
        }
    }
}
