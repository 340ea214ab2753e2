package com.switchboard.monitoring;

import com.switchboard.security.PasswordExpiry;
import com.switchboard.security.Role;
import com.switchboard.security.SignInThrottledException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * The actuator's filter chain, between the API's (1) and the portal's. On the application's port
 * health (and its liveness and readiness groups) is public, and says UP or DOWN only: its
 * details, info, metrics and prometheus take HTTP Basic as a SystemAdministrator. With
 * {@code management.server.port} set to a port of its own, every endpoint there is open, for a
 * monitoring network that only trusted scrapers reach. Its sign-in is the application's (the same
 * throttle, answered 429 while locked; a one-time password is refused).
 *
 * <p>Spring Security's observations: sign-ins and access decisions are observed (the
 * {@code spring.security.authentications} and {@code spring.security.authorizations} metrics), but
 * not each filter of each chain, which cost a sixth of an API request's CPU and told nothing that
 * {@code http.server.requests} does not.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false)
                .shouldObserveAuthentications(true).shouldObserveAuthorizations(true).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain managementFilterChain(HttpSecurity http, Environment environment,
            ObjectProvider<AuthenticationManager> applicationManager) throws Exception {
        boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        // the application's own manager, where it declares one, so that its throttling applies here too
        applicationManager.ifAvailable(http::authenticationManager);
        return http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> {
                    if (ownPort) {
                        auth.anyRequest().permitAll();
                    } else {
                        auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                                .anyRequest().hasRole(Role.ADMIN);
                    }
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(refusal()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    /**
     * HTTP Basic's refusals: 429 with {@code Retry-After} while the name or address is locked, else 401
     * with the Basic challenge (and, for a one-time password, what to do about it).
     */
    private static AuthenticationEntryPoint refusal() {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Switchboard");
        return (request, response, e) -> {
            if (e instanceof SignInThrottledException throttled) {
                response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
                text(response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
            } else if (e instanceof CredentialsExpiredException) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Switchboard\"");
                text(response, HttpStatus.UNAUTHORIZED, PasswordExpiry.CHANGE_REQUIRED);
            } else {
                challenge.commence(request, response, e);
            }
        };
    }

    private static void text(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }
}
