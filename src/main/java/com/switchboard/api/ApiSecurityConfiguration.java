package com.switchboard.api;

import com.switchboard.security.PasswordExpiry;
import com.switchboard.security.Role;
import com.switchboard.security.SecurityHeaders;
import com.switchboard.security.SignInThrottledException;
import com.switchboard.security.UserSessions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.context.request.async.WebAsyncManagerIntegrationFilter;

/**
 * The API's own filter chain, ahead of the portal's. A request is signed in by HTTP Basic or by the
 * {@code ss-id}/{@code ss-pid} session cookies of {@code POST /auth/credentials}; an
 * {@code Authorization} header, when present, decides alone. The portal's session is never read or
 * created here. Writes a browser marks as cross-site are refused ({@link CrossSiteWriteFilter}), which
 * is why no CSRF token is needed. Only sign-in and sign-out answer without authentication; refusals
 * are in ServiceStack's error shape: 429 with {@code Retry-After} while the name or address is locked,
 * 401 {@link PasswordExpiry#CHANGE_REQUIRED} for a one-time password, else 401.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiSecurityConfiguration {

    private static final String[] SIGN_IN_PATHS = {"/auth", "/auth/*", "/api/Authenticate", "/api/authenticate",
            "/json/reply/Authenticate", "/xml/reply/Authenticate"};

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
            UserSessions sessions, ApiProperties properties) throws Exception {
        SecurityHeaders.common(http);
        return http
                .securityMatcher(ApiPaths.PATTERNS)
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, SIGN_IN_PATHS).permitAll()
                        .requestMatchers("/auth/logout").permitAll()
                        .requestMatchers(HttpMethod.DELETE, "/auth", "/api/Authenticate", "/api/authenticate")
                        .permitAll()
                        .anyRequest().hasAnyRole(Role.ADMIN, Role.MANAGER, Role.CUSTOMER))
                .addFilterBefore(new ApiConcurrencyLimit(properties), DisableEncodeUrlFilter.class)
                .addFilterBefore(new CrossSiteWriteFilter(), WebAsyncManagerIntegrationFilter.class)
                .addFilterAfter(new SessionCookieAuthenticationFilter(sessions), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof SignInThrottledException throttled) {
                        response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
                        ApiResponses.writeError(response, HttpStatus.TOO_MANY_REQUESTS, "TooManyRequests",
                                throttled.getMessage(), WireFormat.answerFor(request));
                        return;
                    }
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Switchboard\"");
                    boolean tried = request.getHeader("Authorization") != null;
                    ApiResponses.writeError(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                            e instanceof CredentialsExpiredException ? PasswordExpiry.CHANGE_REQUIRED
                                    : tried ? AuthApi.INVALID_CREDENTIALS : "Not Authenticated",
                            WireFormat.answerFor(request));
                }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        ApiResponses.writeError(response, HttpStatus.FORBIDDEN, "Forbidden", "Invalid Role",
                                WireFormat.answerFor(request))))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .build();
    }
}
