package com.switchboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Portal sign-ins are sessions in the database too ({@link UserSessions}, channel PORTAL), so that the
 * user's session list shows them and ending a user's sessions (sign out everywhere, disabling, a
 * password reset, a new role or accounts) ends the portal's at once, on every instance. The HTTP
 * session keeps only the raw session id; {@link #filter()} checks it on every portal request and
 * signs the browser out when its session has ended. The HTTP session's own idle timeout
 * ({@code server.servlet.session.timeout}) still applies, and ends the stored session with it.
 */
@Component
public class PortalSessions {

    /** The HTTP session attribute holding the raw id of the stored portal session. */
    public static final String ATTRIBUTE = PortalSessions.class.getName() + ".id";

    private final UserSessions sessions;

    PortalSessions(UserSessions sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof SignedInUser user) || user.id() == null
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        HttpServletRequest request = attributes.getRequest();
        ClientRequest client = ClientRequest.of(request);
        UserSessions.Created created = sessions.create(user.id(), UserSessions.Channel.PORTAL, false, client.ip(),
                client.userAgent());
        request.getSession().setAttribute(ATTRIBUTE, created.rawId());
    }

    @EventListener
    void httpSessionEnded(HttpSessionDestroyedEvent event) {
        try {
            Object rawId = event.getSession().getAttribute(ATTRIBUTE);
            if (rawId instanceof String id) {
                sessions.revoke(id);
            }
        } catch (IllegalStateException alreadyInvalid) {
            // nothing to read from an invalidated session
        }
    }

    /** Whether the signed-in browser's stored session is still live. */
    boolean isLive(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof String rawId && sessions.resolve(rawId).isPresent();
    }

    /** The portal chain's check: a signed-in browser whose stored session ended is signed out. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (session != null && authentication != null
                        && authentication.getPrincipal() instanceof SignedInUser && !isLive(session)) {
                    SecurityContextHolder.clearContext();
                    session.invalidate();
                }
                chain.doFilter(request, response);
            }
        };
    }
}
