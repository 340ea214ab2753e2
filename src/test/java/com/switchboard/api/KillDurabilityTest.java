package com.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.ForkedApplication;
import com.switchboard.KillScenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the default embedded H2 database ({@code WRITE_DELAY=0}, as application.properties has it) a
 * staging flip the API acknowledged survives {@code kill -9} of the process: its new state, its
 * modification time and its history row are all there after a restart. The two processes write their
 * output to target/kill-durability/, which a failure prints.
 */
class KillDurabilityTest {

    /** The forked JVM: quick to start (C1 only), a small heap. */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");
    private static final Path LOGS = Path.of("target", "kill-durability");
    private static final int THREADS = 4;
    private static final int SIGKILL_STATUS = 128 + 9;

    @TempDir Path dir;

    @Test
    void every_acknowledged_flip_survives_kill_minus_9_and_a_restart() throws Exception {
        String options = defaultUrlOptions();
        assertThat(options).contains(";WRITE_DELAY=0");
        KillScenario scenario = new KillScenario(dir, options, LOGS, JVM_OPTIONS, Duration.ofMinutes(4));
        KillScenario.Outcome outcome;
        try {
            outcome = scenario.run(THREADS, 200, Duration.ofSeconds(20));
        } catch (Exception | Error e) {
            printLogs();
            throw e;
        }
        System.out.printf("kill -9 (exit status %d) after %d acknowledged flips, %d threads cut off in a request;"
                + " %d history rows after the restart%n", outcome.exitStatus(), outcome.acknowledged().size(),
                outcome.threadsCutOffByTheKill(), outcome.history().size());
        try {
            assertThat(outcome.exitStatus()).as("exit status of the killed process: by SIGKILL")
                    .isEqualTo(SIGKILL_STATUS);
            assertThat(outcome.loadFailures()).as("answers other than 200 before the kill").isEmpty();
            assertThat(outcome.acknowledged()).as("flips acknowledged before the kill").hasSizeGreaterThanOrEqualTo(40);
            assertThat(outcome.threadsCutOffByTheKill()).as("threads still sending when the process died")
                    .isPositive();
            assertThat(outcome.problems()).as("acknowledged changes missing after the restart").isEmpty();

            Map<String, Integer> rows = outcome.historyRowsPerCustomer();
            for (String id : outcome.initial().keySet()) {
                long acknowledged = outcome.acknowledged().stream().filter(f -> f.customerId().equals(id)).count();
                int kept = rows.getOrDefault(id, 0);
                assertThat(kept).as("history rows of %s: the acknowledged flips and at most one in flight", id)
                        .isBetween((int) acknowledged, (int) acknowledged + 1);
                boolean expected = outcome.initial().get(id) ^ (kept % 2 == 1);
                assertThat(outcome.inTheFile().get(id).staging()).as("state of %s agrees with its history", id)
                        .isEqualTo(expected);
                assertThat(outcome.servedAfterRestart().get(id)).as("%s as the restarted process serves it", id)
                        .isEqualTo(outcome.inTheFile().get(id));
            }
        } catch (AssertionError e) {
            printLogs();
            throw e;
        }
    }

    /** The options of the default URL in application.properties (what follows the file name), for a file of our own. */
    private static String defaultUrlOptions() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KillDurabilityTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:").contains(";");
        return url.substring(url.indexOf(';'));
    }

    private static void printLogs() {
        for (String name : List.of("first.log", "second.log")) {
            System.out.println("\n===== " + LOGS.resolve(name) + " =====\n" + ForkedApplication.logText(LOGS.resolve(name)));
        }
    }
}
