package com.switchboard.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The portal's filter chain: Vaadin's, with the login view at {@code /login}. The one
 * {@link AuthenticationManager} of the application (portal sign-in, API sign-in, HTTP Basic on the API
 * and the actuator) refuses throttled sign-ins before any password work, then checks passwords
 * (remembered by {@link VerifiedCredentials}, else BCrypt) and one-time passwords
 * ({@link ThrottlingAuthenticationProvider}), and publishes Spring Security's authentication success
 * and failure events. Unlike Vaadin's default, the sign-in form needs its CSRF
 * token (no login CSRF); the portal's pages carry the headers of {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(SessionProperties.class)
class SecurityConfiguration {

    static final String LOGIN = "/login";

    @Bean
    SecurityFilterChain portalFilterChain(HttpSecurity http, RequestUtil vaadinRequests, PortalSessions portalSessions,
            AuthenticationManager authenticationManager) throws Exception {
        // The form signs in through the application's one manager (throttle, remembered credentials,
        // events), not one Spring would build from the UserDetailsService.
        http.authenticationManager(authenticationManager);
        http.addFilterAfter(portalSessions.filter(), SecurityContextHolderAwareRequestFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/error", "/images/**", "/icons/**").permitAll());
        // the error page changes nothing: a POST there needs no token (and gets no session for one)
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .ignoringRequestMatchers("/error"));
        http.formLogin(form -> form.loginPage(LOGIN).failureHandler(loginFailure())
                .authenticationDetailsSource(ThrottlingAuthenticationProvider.PortalForm::new));
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

    @Bean
    VerifiedCredentials verifiedCredentials(DatabaseUserDetailsService users, Clock clock,
            SessionProperties properties) {
        return new VerifiedCredentials(users, clock, properties);
    }

    @Bean
    AuthenticationManager authenticationManager(DatabaseUserDetailsService users, PasswordEncoder passwords,
            VerifiedCredentials remembered, SignInThrottle throttle, AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(
                ThrottlingAuthenticationProvider.bcrypt(users, passwords), remembered, throttle));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
