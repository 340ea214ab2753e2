package com.switchboard.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The portal's filter chain: Vaadin's, with the login view at {@code /login}. Unlike Vaadin's default,
 * the sign-in form needs its CSRF token (no login CSRF); the portal's pages carry the security
 * headers of {@link SecurityHeaders}. Every username-and-password sign-in goes through
 * {@link ThrottlingAuthenticationProvider}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
@EnableScheduling
class SecurityConfiguration {

    static final String LOGIN = "/login";

    @Bean
    SecurityFilterChain portalFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/error", "/images/**", "/icons/**").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.formLogin(form -> form.loginPage(LOGIN).failureHandler(loginFailure()));
        SecurityHeaders.portal(http);
        return http.with(vaadin(), vaadin -> vaadin.loginView(LOGIN, LOGIN + "?logout").enableCsrfConfiguration(false))
                .build();
    }

    /** Back to the sign-in form: with how long to wait when throttled, else the usual error. */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            String query = exception instanceof SignInThrottledException throttled
                    ? "?throttled=" + throttled.retryAfterMinutes()
                    : "?error";
            response.sendRedirect(request.getContextPath() + LOGIN + query);
        };
    }

    @Bean
    AuthenticationProvider throttlingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle, PasswordExpiry expiry) {
        return new ThrottlingAuthenticationProvider(users, encoder, throttle, expiry);
    }

    /** Authentication events for the audit, throttled refusals among them. */
    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(SignInThrottledException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    /** Session lifecycle events, for the audit of expired portal sessions. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
