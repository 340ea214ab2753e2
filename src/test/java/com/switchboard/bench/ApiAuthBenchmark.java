package com.switchboard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.switchboard.Application;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cost of authentication over real HTTP: {@code ./mvnw -Pbenchmark test -Dtest=ApiAuthBenchmark}.
 * Starts the application on an embedded H2 database with the demo data and drives it on loopback with
 * a bounded closed-loop load ({@link ClosedLoopLoad}) of 16 and then 64 keep-alive connections:
 * <ol>
 * <li>a trivial API request without credentials (answered 401),</li>
 * <li>{@code POST /customers/{id}/staging} as JSON with HTTP Basic,</li>
 * <li>the same in DataContract XML with HTTP Basic,</li>
 * <li>the same as JSON with the {@code ss-id} cookie of {@code POST /auth/credentials};</li>
 * <li>{@code GET /auth} with Basic and with the cookie: authentication alone, no database work.</li>
 * </ol>
 * The staging POSTs set the value the customer already has (spread over the account's customers), so
 * every request runs the whole operation a caller's flip runs (authentication, the access check,
 * reading the customer, the answer) except the write itself, whose cost {@link DurabilityBenchmark}
 * measures. After two unmeasured rounds of every scenario ({@code bench.warmup}, 6 seconds each: the
 * JIT's warm-up), the scenarios take turns
 * for {@code bench.rounds} rounds (3) of a 2-second ramp and {@code bench.seconds} (5) measured; a row
 * reports the median round's requests per second, and p50 and p99 over every request of its rounds.
 * The ratios the targets ask for go to stdout and {@code target/benchmark/api-auth.md}.
 * <p>
 * For a quicker look while working on one path: {@code -Dbench.connections=16} runs one row group,
 * {@code -Dbench.rounds=1 -Dbench.warmup=3 -Dbench.seconds=3} shortens the run, {@code -Dbench.only=JSON staging}
 * runs only the scenarios whose name contains one of the comma-separated parts (the trivial request
 * always runs, as the yardstick), and {@code -Dbench.jfr=/tmp/api.jfr} records a flight recording
 * of the measured rows. The default is the full run.
 */
class ApiAuthBenchmark {

    private static final double WARMUP = Double.parseDouble(System.getProperty("bench.warmup", "6"));
    private static final double RAMP = 2;
    private static final double MEASURE = Double.parseDouble(System.getProperty("bench.seconds", "5"));
    private static final int ROUNDS = Integer.parseInt(System.getProperty("bench.rounds", "3"));
    private static final String TRIVIAL = "trivial (401, no credentials)";
    private static final List<String> ONLY = System.getProperty("bench.only", "").isBlank() ? List.of()
            : Arrays.stream(System.getProperty("bench.only").split(",")).map(String::strip).toList();

    @Test
    void run() throws Exception {
        String load = Files.exists(Path.of("/proc/loadavg"))
                ? Files.readString(Path.of("/proc/loadavg")).trim() : "unknown";
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=0", "--logging.level.root=warn", "--logging.level.com.switchboard=warn");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<Map<String, Object>> targets = jdbc.queryForList("SELECT c.id, c.is_staging FROM customer c "
                    + "JOIN account a ON a.id = c.account_id WHERE a.name = 'Acme Telecom' ORDER BY c.id");
            String cookie = signIn(port);
            String basic = "Basic " + Base64.getEncoder().encodeToString("manager:manager".getBytes(StandardCharsets.UTF_8));
            ClosedLoopLoad generator = new ClosedLoopLoad(port);

            StringBuilder report = new StringBuilder();
            report.append("Load average before the run: ").append(load).append(" (").append(Instant.now())
                    .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs)\n\n")
                    .append("| connections | scenario | requests | req/s (median round) | each round | p50 ms | p99 ms | ratio | server CPU µs/req | unexpected |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|\n");
            List<String> verdicts = new ArrayList<>();
            Map<String, Scenario> scenarios = new LinkedHashMap<>();
            byte[] trivial401 = ClosedLoopLoad.request("GET", "/customers", null, "Accept", "application/json");
            scenarios.put(TRIVIAL, new Scenario(c -> trivial401, 401));
            scenarios.put("Basic, JSON staging POST", new Scenario(
                    c -> staging(targets.get(c % targets.size()), "application/json", "Authorization", basic), 200));
            scenarios.put("Basic, XML staging POST", new Scenario(
                    c -> staging(targets.get(c % targets.size()), "application/xml", "Authorization", basic), 200));
            scenarios.put("cookie, JSON staging POST", new Scenario(
                    c -> staging(targets.get(c % targets.size()), "application/json", "Cookie", cookie), 200));
            // Authentication alone: who-am-I with no database work, beside the trivial 401.
            byte[] basicAuth = ClosedLoopLoad.request("GET", "/auth", null, "Accept", "application/json",
                    "Authorization", basic);
            scenarios.put("Basic, GET /auth (authentication only)", new Scenario(c -> basicAuth, 200));
            byte[] cookieAuth = ClosedLoopLoad.request("GET", "/auth", null, "Accept", "application/json",
                    "Cookie", cookie);
            scenarios.put("cookie, GET /auth (authentication only)", new Scenario(c -> cookieAuth, 200));
            scenarios.keySet().removeIf(name -> !name.equals(TRIVIAL) && !ONLY.isEmpty()
                    && ONLY.stream().noneMatch(name::contains));
            // Two unmeasured rounds of every scenario first, so that no row is measured while the code it
            // runs is still being compiled, or compiled again once the next scenario took other branches.
            for (int round = 0; round < 2; round++) {
                for (Scenario scenario : scenarios.values()) {
                    generator.run(scenario.requests(), scenario.expected(), 16, 0, WARMUP);
                }
            }
            jdk.jfr.Recording recording = null;
            if (System.getProperty("bench.jfr") != null) {
                recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
                recording.setDestination(Path.of(System.getProperty("bench.jfr")));
                recording.start();
            }
            for (int connections : Arrays.stream(System.getProperty("bench.connections", "16,64").split(","))
                    .mapToInt(Integer::parseInt).toArray()) {
                // the scenarios take turns, round after round, so that a disturbance of the machine
                // falls on one run of one scenario, which the median then leaves out
                Map<String, List<ClosedLoopLoad.Result>> runs = new LinkedHashMap<>();
                for (int round = 0; round < ROUNDS; round++) {
                    for (var scenario : scenarios.entrySet()) {
                        runs.computeIfAbsent(scenario.getKey(), k -> new ArrayList<>()).add(generator.run(
                                scenario.getValue().requests(), scenario.getValue().expected(), connections,
                                RAMP, MEASURE));
                    }
                }
                Map<String, ClosedLoopLoad.Result> results = new LinkedHashMap<>();
                runs.forEach((name, list) -> results.put(name, ClosedLoopLoad.Result.pooled(list)));
                double trivial = results.get(TRIVIAL).perSecond();
                for (var entry : results.entrySet()) {
                    ClosedLoopLoad.Result r = entry.getValue();
                    String rounds = runs.get(entry.getKey()).stream()
                            .map(run -> String.format(Locale.ROOT, "%,.0f", run.perSecond()))
                            .collect(Collectors.joining(" / "));
                    report.append(String.format(Locale.ROOT, "| %d | %s | %,d | %,.0f | %s | %.2f | %.2f | %.2f× | %,.0f | %d |%n",
                            connections, entry.getKey(), r.requests(), r.perSecond(), rounds, r.p50Millis(), r.p99Millis(),
                            r.perSecond() / trivial, r.serverCpuMicrosPerRequest(), r.unexpected()));
                }
                ClosedLoopLoad.Result basicJson = results.get("Basic, JSON staging POST");
                ClosedLoopLoad.Result xml = results.get("Basic, XML staging POST");
                ClosedLoopLoad.Result cookieJson = results.get("cookie, JSON staging POST");
                if (basicJson != null) {
                    verdicts.add(verdict(connections + " connections: Basic JSON ≥ 0.5× trivial",
                            basicJson.perSecond() / trivial, 0.5));
                }
                if (cookieJson != null) {
                    verdicts.add(verdict(connections + " connections: cookie JSON ≥ 0.5× trivial",
                            cookieJson.perSecond() / trivial, 0.5));
                }
                if (xml != null && basicJson != null) {
                    verdicts.add(verdict(connections + " connections: XML ≥ 0.7× JSON (Basic)",
                            xml.perSecond() / basicJson.perSecond(), 0.7));
                }
                if (connections == 16) {
                    for (var entry : results.entrySet()) {
                        if (entry.getKey().contains("staging")) {
                            verdicts.add(String.format(Locale.ROOT, "- 16 connections: %s p99 %.2f ms ≤ 20 ms: %s",
                                    entry.getKey(), entry.getValue().p99Millis(),
                                    entry.getValue().p99Millis() <= 20 ? "met" : "NOT met"));
                        }
                    }
                }
            }
            if (recording != null) {
                recording.stop();
                recording.close();
            }
            report.append('\n').append(String.join("\n", verdicts)).append('\n');
            System.out.println("\n" + report);
            Path out = Path.of("target", "benchmark", "api-auth.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString());
        } finally {
            app.close();
        }
    }

    /** One row of the table: what each connection sends, and the status expected back. */
    private record Scenario(IntFunction<byte[]> requests, int expected) {}

    private static String verdict(String what, double ratio, double target) {
        return String.format(Locale.ROOT, "- %s: %.2f× — %s", what, ratio, ratio >= target ? "met" : "NOT met");
    }

    /** The staging POST of one connection: setting the value its customer already has. */
    private static byte[] staging(Map<String, Object> target, String type, String header, String value) {
        String id = (String) target.get("id");
        boolean staging = (Boolean) target.get("is_staging");
        String body = type.endsWith("json") ? "{\"isStaging\":" + staging + "}"
                : "<SetCustomerStagingMode xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\" "
                        + "xmlns=\"http://schemas.datacontract.org/2004/07/Voice.Api.Customers\"><CustomerId>" + id
                        + "</CustomerId><IsStaging>" + staging + "</IsStaging></SetCustomerStagingMode>";
        return ClosedLoopLoad.request("POST", "/customers/" + id + "/staging", body, "Content-Type", type,
                "Accept", type, header, value);
    }

    private static String signIn(int port) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/auth/credentials"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(
                        Map.of("userName", "manager", "password", "manager", "rememberMe", true)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + response.body());
        }
        return response.headers().allValues("Set-Cookie").stream().flatMap(h -> HttpCookie.parse(h).stream())
                .filter(c -> c.getName().equals("ss-id")).map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }
}
