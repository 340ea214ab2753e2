package com.switchboard.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns Spring Security's authentication events into audit rows: sign-in success and failure (with
 * the reason), sign-out, and the expiry of a signed-in portal session.
 */
@Component
class AuthAuditListener {

    private final AuthAudit audit;
    private final AppUserRepository users;

    AuthAuditListener(AuthAudit audit, AppUserRepository users) {
        this.audit = audit;
        this.users = users;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token && !rememberedBasic()) {
            audit.record(AuthEvent.SIGN_IN_SUCCESS, token.getName(), token.getName(), null, null);
        }
    }

    /** HTTP Basic served from remembered credentials: a request, not a sign-in worth a row. */
    private static boolean rememberedBasic() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String authorization = attributes.getRequest().getHeader("Authorization");
            return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                    && attributes.getRequest().getAttribute(ThrottlingAuthenticationProvider.PASSWORD_CHECKED) == null;
        }
        return false;
    }

    /** API sessions that expired or were ended by someone (sign-out is recorded by its own event). */
    @EventListener
    void sessionEnded(SessionEnded event) {
        if (event.reason() == SessionEnded.Reason.SIGNED_OUT) {
            return;
        }
        String username = users.findById(event.userId()).map(AppUser::username).orElse(null);
        AuthEvent what = event.reason() == SessionEnded.Reason.EXPIRED ? AuthEvent.SESSION_EXPIRED
                : AuthEvent.SESSIONS_ENDED;
        ClientRequest client = ClientRequest.current();
        audit.record(what, null, username, null, event.channel().name().toLowerCase(java.util.Locale.ROOT) + " session",
                new ClientRequest(client.ip(), client.userAgent(), ClientRequest.Channel.valueOf(event.channel().name())));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        Exception e = event.getException();
        AuthEvent.Reason reason = null;
        if (e instanceof SignInThrottledException) {
            reason = AuthEvent.Reason.THROTTLED;
        } else if (e instanceof DisabledException) {
            reason = AuthEvent.Reason.DISABLED;
        } else if (e instanceof CredentialsExpiredException) {
            reason = AuthEvent.Reason.PASSWORD_MUST_CHANGE;
        } else if (e instanceof BadCredentialsException) {
            reason = users.findByUsername(username).isPresent()
                    ? AuthEvent.Reason.BAD_PASSWORD : AuthEvent.Reason.UNKNOWN_USER;
        }
        if (reason != null) {
            audit.record(AuthEvent.SIGN_IN_FAILURE, null, username, reason, null);
        }
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.record(AuthEvent.SIGN_OUT, username, username, null, null);
    }

    /** A signed-in portal session that timed out (sign-out is recorded on its own). */
    @EventListener
    void sessionEnded(HttpSessionDestroyedEvent event) {
        HttpSession session = event.getSession();
        long idleMillis;
        try {
            idleMillis = System.currentTimeMillis() - session.getLastAccessedTime();
        } catch (IllegalStateException alreadyInvalid) {
            return;
        }
        boolean timedOut = session.getMaxInactiveInterval() > 0 && idleMillis >= session.getMaxInactiveInterval() * 1000L;
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (timedOut && context instanceof SecurityContext security && security.getAuthentication() != null) {
            String username = security.getAuthentication().getName();
            audit.record(AuthEvent.SESSION_EXPIRED, null, username, null, "portal session idle",
                    new ClientRequest(null, null, ClientRequest.Channel.PORTAL));
        }
    }
}
