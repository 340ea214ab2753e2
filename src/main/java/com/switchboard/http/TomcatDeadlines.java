package com.switchboard.http;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Tomcat's part of the request deadline: its connector runs {@link DeadlineProtocol}
 * (headers that have not arrived by the deadline: 408 and closed), and each request carries the
 * time of its first byte to {@link RequestBodyBuffering} (the body's share of the same deadline).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpProperties.class)
class TomcatDeadlines {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestDeadline(HttpProperties properties) {
        return factory -> {
            factory.setProtocol(DeadlineProtocol.class.getName());
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof DeadlineProtocol protocol) {
                    protocol.setRequestDeadline(properties.requestDeadline());
                }
            });
            factory.addContextValves(new RequestStart());
        };
    }

    /** "10 s", or "2500 ms" for a deadline that is not whole seconds. */
    static String describe(Duration deadline) {
        return deadline.toMillis() % 1000 == 0 ? deadline.toSeconds() + " s" : deadline.toMillis() + " ms";
    }

    /** Puts the time of the request's first byte, as Tomcat took it, on the request. */
    static final class RequestStart extends ValveBase {

        RequestStart() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            long started = request.getCoyoteRequest().getStartTimeNanos();
            if (started != -1) {
                request.setAttribute(RequestBodyBuffering.STARTED, started);
            }
            getNext().invoke(request, response);
        }
    }
}
