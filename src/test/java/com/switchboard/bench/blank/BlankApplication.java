package com.switchboard.bench.blank;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A blank Spring Boot + Vaadin application from the same BOMs and classpath as Switchboard: one
 * route, the actuator for its readiness, no database and no security. {@link StartupBenchmark}
 * compares Switchboard's start with its. Not a {@code @Configuration}, so that scanning
 * {@code com.switchboard} never picks it up; its route is registered by itself only.
 */
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"})
public class BlankApplication {

    public static void main(String[] args) {
        SpringApplication.run(BlankApplication.class, args);
    }

    @Bean
    VaadinServiceInitListener blankRoute() {
        return event -> RouteConfiguration.forApplicationScope().setRoute("", BlankView.class);
    }
}
