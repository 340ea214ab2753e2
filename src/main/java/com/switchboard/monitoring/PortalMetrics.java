package com.switchboard.monitoring;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Gauges of the portal: {@code switchboard.portal.uis}, the open browser tabs (a UI closes when
 * its tab goes away or its session ends), and {@code switchboard.portal.sessions}, the Vaadin
 * sessions. Tomcat's {@code tomcat.sessions.active.current} counts the HTTP sessions.
 */
@Component
class PortalMetrics implements VaadinServiceInitListener {

    static final String UIS = "switchboard.portal.uis";
    static final String SESSIONS = "switchboard.portal.sessions";

    private final AtomicInteger uis = new AtomicInteger();
    private final AtomicInteger sessions = new AtomicInteger();

    PortalMetrics(MeterRegistry registry) {
        Gauge.builder(UIS, uis, AtomicInteger::get).description("Open portal UIs (browser tabs)").register(registry);
        Gauge.builder(SESSIONS, sessions, AtomicInteger::get).description("Open portal sessions").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
    }
}
