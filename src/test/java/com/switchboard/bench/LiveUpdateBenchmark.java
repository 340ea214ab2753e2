package com.switchboard.bench;

import com.switchboard.Chromium;
import com.switchboard.Demo;
import com.switchboard.TwoInstances;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Live-update latency across instances: {@code ./mvnw -Pbenchmark test -Dtest=LiveUpdateBenchmark}.
 * Two instances on one PostgreSQL schema; a manager's Chromium shows a customer's page on instance B;
 * the customer is flipped through the API of instance A, 50 times (after 5 warm-up flips), and each
 * time the clock runs from just before the API request until B's page shows the new switch position
 * (polled in the page every 10 ms). Results to stdout and target/benchmark/live-updates.md.
 */
class LiveUpdateBenchmark {

    private static final int WARM_UP = 5;
    private static final int FLIPS = 50;

    @Test
    void run() throws Exception {
        try (TwoInstances instances = TwoInstances.start(); Chromium chromium = Chromium.start()) {
            String id = instances.customerId(Demo.OTHER_ACME);
            boolean staging = instances.customer(instances.a(), id).get("isStaging").asBoolean();
            chromium.signIn(TwoInstances.url(instances.b(), ""), "manager", "manager");
            chromium.open(TwoInstances.url(instances.b(), "/portal/customers/" + id), "vaadin-checkbox.staging-switch");

            List<Double> visible = new ArrayList<>();
            List<Double> api = new ArrayList<>();
            for (int i = 0; i < WARM_UP + FLIPS; i++) {
                staging = !staging;
                long start = System.nanoTime();
                int status = instances.flip(instances.a(), id, staging).statusCode();
                long answered = System.nanoTime();
                if (status != 200) {
                    throw new IllegalStateException("The flip answered " + status);
                }
                chromium.millisUntil("return document.querySelector('vaadin-checkbox.staging-switch').checked === "
                        + staging, Duration.ofSeconds(10));
                long shown = System.nanoTime();
                if (i >= WARM_UP) {
                    api.add((answered - start) / 1e6);
                    visible.add((shown - start) / 1e6);
                }
                Thread.sleep(100);
            }
            String report = String.format(Locale.ROOT, """
                    Live-update latency, API flip on instance A -> visible in a browser on instance B (PostgreSQL, %d flips)

                    | measure | p50 ms | p95 ms | max ms |
                    |---|---|---|---|
                    | API answer on A | %.1f | %.1f | %.1f |
                    | visible on B | %.1f | %.1f | %.1f |
                    """, FLIPS, percentile(api, 50), percentile(api, 95), percentile(api, 100),
                    percentile(visible, 50), percentile(visible, 95), percentile(visible, 100));
            System.out.println(report);
            Path out = Path.of("target", "benchmark");
            Files.createDirectories(out);
            Files.writeString(out.resolve("live-updates.md"), report);
        }
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
