package com.switchboard.bench;

import com.switchboard.Application;
import com.switchboard.KillScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What {@code WRITE_DELAY=0} costs on the embedded H2 database, and what it buys:
 * {@code ./mvnw -Pbenchmark test -Dtest=DurabilityBenchmark}.
 * <ol>
 * <li>Throughput: the application on a new H2 file with the demo data, once with {@code WRITE_DELAY=0}
 * (the default URL) and once without it (H2's own default, 500 ms), driven by a closed-loop load
 * ({@link ClosedLoopLoad}) of 1, 4 and 16 connections ({@code -Dbench.connections}), each connection
 * flipping a customer of its own to the other state on every request, so every request commits a
 * change: flips per second, p50, p99 and the server CPU per flip. Two rounds ({@code -Dbench.rounds}),
 * the second in the other order.</li>
 * <li>{@code kill -9}: {@link KillScenario} in both settings ({@code -Dbench.kills} times each): how many
 * acknowledged flips are missing after the restart.</li>
 * </ol>
 * Results go to stdout and target/benchmark/durability.md with the load average before and after.
 */
class DurabilityBenchmark {

    private static final String OPTIONS = ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";
    private static final Map<String, String> SETTINGS = Map.of("0", OPTIONS + ";WRITE_DELAY=0",
            "unset (500 ms)", OPTIONS);
    private static final List<String> ORDER = List.of("0", "unset (500 ms)");
    private static final double WARMUP = Double.parseDouble(System.getProperty("bench.warmup", "5"));
    private static final double MEASURE = Double.parseDouble(System.getProperty("bench.seconds", "10"));
    private static final String BASIC = "Basic "
            + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    private final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        line("Load average before: " + loadAverage() + " (" + Instant.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs)\n");
        line("| round | WRITE_DELAY | connections | flips | flips/s | p50 ms | p99 ms | server CPU µs/flip | unexpected |");
        line("|---|---|---|---|---|---|---|---|---|");
        int[] connectionCounts = Arrays.stream(System.getProperty("bench.connections", "1,4,16").split(","))
                .mapToInt(Integer::parseInt).toArray();
        // A B, then B A: neither setting always runs in the colder JVM or at the same moment of the machine's load
        int rounds = Integer.getInteger("bench.rounds", 2);
        for (int round = 1; round <= rounds; round++) {
            List<String> order = new ArrayList<>(ORDER);
            if (round % 2 == 0) {
                Collections.reverse(order);
            }
            for (String setting : order) {
                throughput(round, setting, connectionCounts);
            }
        }
        line("\nLoad average after the throughput runs: " + loadAverage() + "\n");

        int kills = Integer.getInteger("bench.kills", 3);
        line("| WRITE_DELAY | run | flips acknowledged before kill -9 | acknowledged flips missing after the restart |");
        line("|---|---|---|---|");
        for (String setting : ORDER) {
            for (int run = 1; run <= kills; run++) {
                Path dir = Files.createTempDirectory("switchboard-durability");
                KillScenario.Outcome outcome = new KillScenario(dir, SETTINGS.get(setting),
                        Path.of("target", "benchmark", "durability-kill-" + setting.charAt(0) + "-" + run),
                        List.of("-Xmx512m"), Duration.ofMinutes(5)).run(4, 200, Duration.ofSeconds(30));
                line(String.format(Locale.ROOT, "| %s | %d | %d | %d |", setting, run, outcome.acknowledged().size(),
                        outcome.lostFlips()));
                outcome.problems().stream().limit(3).forEach(p -> System.out.println("  " + setting + ": " + p));
            }
        }
        line("\nLoad average after: " + loadAverage());
        Path out = Path.of("target", "benchmark", "durability.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\n" + report);
    }

    private void throughput(int round, String setting, int[] connectionCounts) throws Exception {
        Path dir = Files.createTempDirectory("switchboard-durability");
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + SETTINGS.get(setting);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + url, "--logging.level.root=warn",
                        "--logging.level.com.switchboard=warn");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            List<Map<String, Object>> customers = app.getBean(JdbcTemplate.class)
                    .queryForList("SELECT id, is_staging FROM customer ORDER BY id");
            ClosedLoopLoad load = new ClosedLoopLoad(port);
            for (int connections : connectionCounts) {
                if (connections > customers.size()) {
                    throw new IllegalArgumentException("at most " + customers.size() + " connections");
                }
                // the state each connection's customer is in now: the n-th flip sets the other one
                boolean[] state = new boolean[connections];
                for (int c = 0; c < connections; c++) {
                    state[c] = (Boolean) app.getBean(JdbcTemplate.class).queryForObject(
                            "SELECT is_staging FROM customer WHERE id = ?", Boolean.class, customers.get(c).get("id"));
                }
                long[] sent = new long[connections];
                ClosedLoopLoad.Result r = load.run((c, n) -> {
                    sent[c] = n + 1;
                    return flip((String) customers.get(c).get("id"), state[c] ^ (n % 2 == 0));
                }, 200, connections, WARMUP, MEASURE);
                for (int c = 0; c < connections; c++) {
                    state[c] ^= sent[c] % 2 == 1;
                }
                line(String.format(Locale.ROOT, "| %d | %s | %d | %,d | %,.0f | %.2f | %.2f | %,.0f | %d |", round,
                        setting, connections, r.requests(), r.perSecond(), r.p50Millis(), r.p99Millis(),
                        r.serverCpuMicrosPerRequest(), r.unexpected()));
            }
        } finally {
            app.close();
        }
    }

    private static byte[] flip(String id, boolean staging) {
        return ClosedLoopLoad.request("POST", "/customers/" + id + "/staging", "{\"isStaging\":" + staging + "}",
                "Content-Type", "application/json", "Accept", "application/json", "Authorization", BASIC);
    }

    private static String loadAverage() throws java.io.IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).trim() : "unknown";
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
