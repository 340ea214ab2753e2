package com.switchboard.api;

import com.switchboard.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API's own filter chain, ahead of the portal's: HTTP Basic on every request, no session, no
 * CSRF (no cookies are involved), and refusals in ServiceStack's error shape.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String[] API_PATHS = {"/customers", "/customers/**", "/customers.*", "/api/**", "/json/**",
            "/xml/**", "/metadata", "/openapi.json"};

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(API_PATHS)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(Role.ADMIN, Role.MANAGER, Role.CUSTOMER))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Switchboard\"");
                    boolean tried = request.getHeader("Authorization") != null;
                    ApiResponses.writeError(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                            tried ? "Invalid UserName or Password" : "Not Authenticated",
                            WireFormat.answerFor(request));
                }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        ApiResponses.writeError(response, HttpStatus.FORBIDDEN, "Forbidden", "Invalid Role",
                                WireFormat.answerFor(request))))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }
}
