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
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
            audit.record(AuthEvent.SIGN_IN_SUCCESS, token.getName(), token.getName(), null, null);
        }
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
