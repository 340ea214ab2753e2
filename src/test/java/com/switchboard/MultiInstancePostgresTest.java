package com.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.customer.CustomerChanged;
import com.switchboard.customer.live.CustomerChangeFeed;
import com.switchboard.customer.live.Subscription;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Two instances on one PostgreSQL schema: what one writes the other reads at once, concurrent flips
 * through both keep the history in step with the versions, and a browser on one follows a flip made
 * through the other within two seconds.
 */
class MultiInstancePostgresTest {

    private static final Duration PROMISED = Duration.ofSeconds(2);
    private static TwoInstances instances;

    @BeforeAll
    static void start() {
        instances = TwoInstances.start();
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void a_flip_through_one_is_read_through_the_other_at_once_and_announced_once_on_each() throws Exception {
        String id = instances.customerId(Demo.OTHER_ACME);
        boolean before = instances.customer(instances.b(), id).get("isStaging").asBoolean();
        BlockingQueue<CustomerChanged> heardOnA = new LinkedBlockingQueue<>();
        BlockingQueue<CustomerChanged> heardOnB = new LinkedBlockingQueue<>();
        Subscription onA = instances.a().getBean(CustomerChangeFeed.class).subscribe(id, heardOnA::add);
        Subscription onB = instances.b().getBean(CustomerChangeFeed.class).subscribe(id, heardOnB::add);
        try {
            assertThat(instances.flip(instances.a(), id, !before).statusCode()).isEqualTo(200);

            assertThat(instances.customer(instances.b(), id).get("isStaging").asBoolean()).isEqualTo(!before);
            CustomerChanged heard = heardOnB.poll(PROMISED.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(heard).as("B hears the change made on A").isNotNull();
            assertThat(heard.changedBy()).isEqualTo(TwoInstances.API_USER);
            assertThat(heard.fields()).containsExactly("isStaging");
            assertThat(heardOnA.poll(PROMISED.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(heard);
            Thread.sleep(300);
            assertThat(heardOnA).as("no second delivery on A").isEmpty();
            assertThat(heardOnB).as("no second delivery on B").isEmpty();
        } finally {
            onA.cancel();
            onB.cancel();
            instances.flip(instances.a(), id, before);
        }
    }

    @Test
    void a_thousand_concurrent_flips_through_both_leave_one_history_row_per_version_increment() throws Exception {
        List<String> ids = instances.jdbc().queryForList(
                "SELECT id FROM customer WHERE account_id = (SELECT id FROM account WHERE name = 'Acme Telecom')"
                        + " ORDER BY name FETCH FIRST 8 ROWS ONLY", String.class);
        Map<String, Long> versionsBefore = versions(ids);
        long historyBefore = stagingHistory(ids);
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                ConfigurableApplicationContext instance = i % 2 == 0 ? instances.a() : instances.b();
                answers.add(clients.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    HttpResponse<String> response = instances.flip(instance, ids.get(random.nextInt(ids.size())),
                            random.nextBoolean());
                    return response.statusCode();
                }));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(2, TimeUnit.MINUTES)).isEqualTo(200);
            }
        } finally {
            clients.shutdownNow();
        }

        Map<String, Long> versionsAfter = versions(ids);
        long increments = ids.stream().mapToLong(id -> versionsAfter.get(id) - versionsBefore.get(id)).sum();
        assertThat(increments).as("some flips changed something").isPositive();
        assertThat(stagingHistory(ids) - historyBefore).isEqualTo(increments);
    }

    @Test
    void a_browser_on_one_sees_a_flip_made_through_the_other_within_two_seconds() throws Exception {
        String id = instances.customerId(Demo.OTHER_ACME);
        boolean before = instances.customer(instances.a(), id).get("isStaging").asBoolean();
        try (Chromium chromium = Chromium.start()) {
            chromium.signIn(TwoInstances.url(instances.b(), ""), "manager", "manager");

            chromium.open(TwoInstances.url(instances.b(), "/portal/customers/" + id), "vaadin-checkbox.staging-switch");
            assertThat(instances.flip(instances.a(), id, !before).statusCode()).isEqualTo(200);
            assertThat(chromium.millisUntil("return document.querySelector('vaadin-checkbox.staging-switch').checked === "
                    + !before, PROMISED)).isLessThanOrEqualTo(PROMISED.toMillis());

            String shownNow = before ? ".badge-production" : ".badge-staging";
            String flippedBack = before ? ".badge-staging" : ".badge-production";
            chromium.open(TwoInstances.url(instances.b(), "/portal/customers?q=" + Demo.OTHER_ACME.replace(" ", "%20")),
                    "vaadin-grid-cell-content " + shownNow);
            assertThat(instances.flip(instances.a(), id, before).statusCode()).isEqualTo(200);
            assertThat(chromium.millisUntil("return document.querySelectorAll('vaadin-grid-cell-content "
                    + flippedBack + "').length === 1", PROMISED)).isLessThanOrEqualTo(PROMISED.toMillis());
        } finally {
            instances.flip(instances.a(), id, before);
        }
    }

    private static Map<String, Long> versions(List<String> ids) {
        return new NamedParameterJdbcTemplate(instances.jdbc()).queryForList(
                "SELECT id, version FROM customer WHERE id IN (:ids)", Map.of("ids", ids)).stream()
                .collect(Collectors.toMap(row -> (String) row.get("id"), row -> ((Number) row.get("version")).longValue()));
    }

    private static long stagingHistory(List<String> ids) {
        Long n = new NamedParameterJdbcTemplate(instances.jdbc()).queryForObject(
                "SELECT COUNT(*) FROM customer_change WHERE field = 'isStaging' AND customer_id IN (:ids)",
                Map.of("ids", ids), Long.class);
        return n == null ? 0 : n;
    }
}
