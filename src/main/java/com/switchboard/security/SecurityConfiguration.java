package com.switchboard.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The portal's filter chain: Vaadin's, with the login view at {@code /login}. The one
 * {@link AuthenticationManager} of the application (portal sign-in, API sign-in and HTTP Basic) checks
 * passwords through {@link VerifiedCredentials} and publishes Spring Security's authentication
 * success and failure events.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(SessionProperties.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain portalFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/error", "/images/**", "/icons/**").permitAll());
        return http.with(vaadin(), vaadin -> vaadin.loginView("/login", "/login?logout")).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    VerifiedCredentials verifiedCredentials(UserDetailsService users, PasswordEncoder passwords, JdbcClient jdbc,
            Clock clock, SessionProperties properties) {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(users);
        bcrypt.setPasswordEncoder(passwords);
        return new VerifiedCredentials(bcrypt, jdbc, clock, properties);
    }

    @Bean
    AuthenticationManager authenticationManager(VerifiedCredentials credentials, AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(credentials.asProvider());
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
