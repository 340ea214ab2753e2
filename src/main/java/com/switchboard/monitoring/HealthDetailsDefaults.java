package com.switchboard.monitoring;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Who sees the health details, unless {@code management.endpoint.health.show-details} says
 * otherwise: everyone on a management port of its own (only the monitoring network reaches it),
 * a SystemAdministrator on the application's port.
 */
class HealthDetailsDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String showDetails = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT
                ? "always" : "when-authorized";
        environment.getPropertySources().addLast(new MapPropertySource("switchboardHealthDetails", Map.of(
                "management.endpoint.health.show-details", showDetails,
                "management.endpoint.health.show-components", showDetails)));
    }
}
