package com.switchboard.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts sign-ins from Spring Security's authentication events as {@code switchboard.signins}
 * by {@code outcome} (success, failure), {@code reason} (none, bad_credentials, disabled, locked,
 * other) and {@code channel}: {@code portal} for the sign-in form, {@code api} for everything
 * else (an API request with HTTP Basic authenticates on every call, so it counts each time).
 */
@Component
class SignInMetrics {

    static final String NAME = "switchboard.signins";

    private final MeterRegistry registry;

    SignInMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        count("success", "none");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String reason = event instanceof AuthenticationFailureBadCredentialsEvent ? "bad_credentials"
                : event instanceof AuthenticationFailureDisabledEvent ? "disabled"
                : event instanceof AuthenticationFailureLockedEvent ? "locked"
                : "other";
        count("failure", reason);
    }

    private void count(String outcome, String reason) {
        Counter.builder(NAME).description("Sign-in attempts")
                .tag("outcome", outcome).tag("reason", reason).tag("channel", channel())
                .register(registry).increment();
    }

    private static String channel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var request = attributes.getRequest();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.equals("/login") ? "portal" : "api";
        }
        return "other";
    }
}
