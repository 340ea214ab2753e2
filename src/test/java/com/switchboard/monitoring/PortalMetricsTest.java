package com.switchboard.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.KaribuTest;
import com.vaadin.flow.component.UI;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal's gauges follow UIs as they open and close. */
class PortalMetricsTest extends KaribuTest {

    @Autowired MeterRegistry registry;

    @Test
    void an_open_ui_is_counted_until_it_closes() {
        double open = gauge(PortalMetrics.UIS);
        assertThat(open).isGreaterThanOrEqualTo(1);
        assertThat(gauge(PortalMetrics.SESSIONS)).isGreaterThanOrEqualTo(1);

        UI ui = UI.getCurrent();
        ui.getSession().removeUI(ui);

        assertThat(gauge(PortalMetrics.UIS)).isEqualTo(open - 1);
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
