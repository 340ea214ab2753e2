package com.switchboard.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The response headers a security review asks for. Every response: {@code Referrer-Policy:
 * strict-origin-when-cross-origin}, a {@code Permissions-Policy} that turns off what the portal
 * never uses, and (Spring Security's default) HSTS on requests that came over HTTPS, directly or
 * through a trusted proxy. Portal pages also get a Content-Security-Policy: Vaadin Flow documents
 * that it needs {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts and
 * {@code 'unsafe-inline'} for styles; everything else is this origin only, no framing, no plugins.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    public static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    private SecurityHeaders() {}

    /** The portal's headers, Content-Security-Policy included. */
    static void portal(HttpSecurity http) throws Exception {
        common(http);
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
    }

    /** The headers of every chain: referrer and permissions policies (HSTS is on by default). */
    public static void common(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
    }
}
