package com.switchboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code kill -9} in the middle of staging flips: the application runs in a JVM of its own on a file
 * H2 database with the demo data; several threads flip the Acme customers over HTTP (each thread its
 * own customers, every flip a change), recording each flip answered 200 with the state and the
 * modification time the answer reported; the process gets SIGKILL; a second process starts on the same
 * file and answers what it holds, and after its graceful stop the file is read with JDBC.
 */
public final class KillScenario {

    /** One flip the API acknowledged (200): the customer, the state it answered, its modification time. */
    public record Flip(String customerId, boolean staging, Instant at) {}

    /** A customer as the database holds it after the restart ({@code lastModified} null: never modified). */
    public record Stored(boolean staging, Instant lastModified) {}

    /** What happened; {@link #problems()} lists every acknowledged change that is not there. */
    public record Outcome(int exitStatus, int threadsCutOffByTheKill, Map<String, Boolean> initial,
            List<Flip> acknowledged, List<String> loadFailures, Map<String, Stored> servedAfterRestart,
            Map<String, Stored> inTheFile, List<Flip> history) {

        /** Acknowledged flips without their history row, and customers older than their last acknowledged flip. */
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            Map<Flip, Integer> rows = new HashMap<>();
            history.forEach(row -> rows.merge(row, 1, Integer::sum));
            for (Flip flip : acknowledged) {
                if (rows.merge(flip, -1, Integer::sum) < 0) {
                    problems.add("no history row for the acknowledged " + flip);
                }
            }
            Map<String, Flip> last = new LinkedHashMap<>();
            acknowledged.forEach(flip -> last.put(flip.customerId(), flip));
            for (Flip flip : last.values()) {
                problems.addAll(stale("served after the restart", flip, servedAfterRestart.get(flip.customerId())));
                problems.addAll(stale("in the file", flip, inTheFile.get(flip.customerId())));
            }
            return problems;
        }

        /** Acknowledged flips that left no history row (what {@code kill -9} lost). */
        public long lostFlips() {
            return problems().stream().filter(p -> p.startsWith("no history row")).count();
        }

        /** History rows per customer: the acknowledged flips, plus at most the one in flight at the kill. */
        public Map<String, Integer> historyRowsPerCustomer() {
            Map<String, Integer> counts = new HashMap<>();
            history.forEach(row -> counts.merge(row.customerId(), 1, Integer::sum));
            return counts;
        }

        private static List<String> stale(String where, Flip last, Stored stored) {
            if (stored == null) {
                return List.of(last.customerId() + " is missing " + where);
            }
            if (stored.lastModified() == null || stored.lastModified().isBefore(last.at())
                    || stored.lastModified().equals(last.at()) && stored.staging() != last.staging()) {
                return List.of(last.customerId() + " " + where + " is " + stored + ", older than the acknowledged "
                        + last);
            }
            return List.of();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASIC = "Basic "
            + Base64.getEncoder().encodeToString("manager:manager".getBytes(StandardCharsets.UTF_8));

    private final Path dir;
    private final String urlOptions;
    private final Path logs;
    private final List<String> jvmOptions;
    private final Duration startLimit;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param dir where the database file goes
     * @param urlOptions what follows the file name in the JDBC URL ({@code ;WRITE_DELAY=0…})
     * @param logs where the two processes write their output ({@code first.log}, {@code second.log})
     */
    public KillScenario(Path dir, String urlOptions, Path logs, List<String> jvmOptions, Duration startLimit) {
        this.dir = dir;
        this.urlOptions = urlOptions;
        this.logs = logs;
        this.jvmOptions = jvmOptions;
        this.startLimit = startLimit;
    }

    public String url() {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + urlOptions;
    }

    /**
     * Flips from {@code threads} threads until {@code flipsBeforeKill} were acknowledged (or
     * {@code loadLimit} passed), kills the process, restarts it and reads what was kept.
     */
    public Outcome run(int threads, int flipsBeforeKill, Duration loadLimit) throws Exception {
        List<String> arguments = List.of("--spring.datasource.url=" + url(), "--switchboard.demo-data=true");
        ForkedApplication first = ForkedApplication.start(logs.resolve("first.log"), startLimit, jvmOptions, arguments);
        Map<String, Boolean> initial;
        Queue<Flip> acknowledged = new ConcurrentLinkedQueue<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger cutOff = new AtomicInteger();
        int exitStatus;
        try {
            initial = customers(first);
            List<List<String>> owned = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                owned.add(new ArrayList<>());
            }
            int i = 0;
            for (String id : initial.keySet()) {
                owned.get(i++ % threads).add(id);
            }
            List<Thread> workers = new ArrayList<>();
            for (List<String> mine : owned) {
                Thread worker = new Thread(() -> flip(first, mine, initial, acknowledged, failures, killed, cutOff),
                        "flips-" + workers.size());
                worker.setDaemon(true);
                workers.add(worker);
                worker.start();
            }
            long deadline = System.nanoTime() + loadLimit.toNanos();
            while (acknowledged.size() < flipsBeforeKill && failures.isEmpty() && System.nanoTime() < deadline
                    && workers.stream().anyMatch(Thread::isAlive)) {
                Thread.sleep(5);
            }
            killed.set(true);
            exitStatus = first.kill();
            for (Thread worker : workers) {
                worker.join(Duration.ofSeconds(60).toMillis());
            }
        } catch (Exception | Error e) {
            first.kill();
            throw e;
        }

        ForkedApplication second = ForkedApplication.start(logs.resolve("second.log"), startLimit, jvmOptions,
                arguments);
        Map<String, Stored> served = new HashMap<>();
        try {
            for (String id : initial.keySet()) {
                JsonNode customer = JSON.readTree(get(second, "/customers/" + id));
                JsonNode modified = customer.get("dateLastModified");
                served.put(id, new Stored(customer.get("isStaging").asBoolean(),
                        modified == null || modified.isNull() ? null : Instant.parse(modified.asText())));
            }
        } finally {
            second.stop();
        }
        Map<String, Stored> file = new HashMap<>();
        List<Flip> history = new ArrayList<>();
        readFile(initial, file, history);
        return new Outcome(exitStatus, cutOff.get(), initial, List.copyOf(acknowledged), List.copyOf(failures), served,
                file, history);
    }

    /** One thread's loop: flip its customers in turn, each to the other state, until the process dies. */
    private void flip(ForkedApplication app, List<String> mine, Map<String, Boolean> initial, Queue<Flip> acknowledged,
            Queue<String> failures, AtomicBoolean killed, AtomicInteger cutOff) {
        Map<String, Boolean> state = new HashMap<>();
        mine.forEach(id -> state.put(id, initial.get(id)));
        for (int n = 0; !killed.get() && !mine.isEmpty(); n++) {
            String id = mine.get(n % mine.size());
            boolean target = !state.get(id);
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(app.uri("/customers/" + id + "/staging"))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", BASIC)
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"isStaging\":" + target + "}")).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (killed.get()) {
                    cutOff.incrementAndGet();
                } else {
                    failures.add("flip of " + id + " failed before the kill: " + e);
                }
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (response.statusCode() != 200) {
                failures.add("flip of " + id + " answered " + response.statusCode() + ": " + response.body());
                return;
            }
            try {
                JsonNode customer = JSON.readTree(response.body());
                boolean answered = customer.get("isStaging").asBoolean();
                if (answered != target) {
                    failures.add("flip of " + id + " to " + target + " answered " + answered);
                    return;
                }
                state.put(id, answered);
                acknowledged.add(new Flip(id, answered, Instant.parse(customer.get("dateLastModified").asText())));
            } catch (IOException e) {
                failures.add("flip of " + id + " answered what is not JSON: " + response.body());
                return;
            }
        }
    }

    /** The Acme customers the manager sees, with their staging state. */
    private Map<String, Boolean> customers(ForkedApplication app) throws IOException, InterruptedException {
        JsonNode page = JSON.readTree(get(app, "/customers?countPerPage=100"));
        Map<String, Boolean> customers = new LinkedHashMap<>();
        page.get("items").forEach(item -> customers.put(item.get("id").asText(), item.get("isStaging").asBoolean()));
        if (customers.isEmpty()) {
            throw new IllegalStateException("The manager sees no customer: " + page);
        }
        return customers;
    }

    private String get(ForkedApplication app, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", BASIC).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The customers and the manager's staging history, straight from the database file. */
    private void readFile(Map<String, Boolean> customers, Map<String, Stored> stored, List<Flip> history)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, is_staging, date_last_modified FROM customer WHERE account_id = "
                            + "(SELECT account_id FROM customer WHERE id = ?)")) {
                s.setString(1, customers.keySet().iterator().next());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        OffsetDateTime modified = rs.getObject(3, OffsetDateTime.class);
                        stored.put(rs.getString(1), new Stored(rs.getBoolean(2),
                                modified == null ? null : modified.toInstant()));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT customer_id, new_value, changed_at FROM customer_change"
                    + " WHERE field = 'isStaging' AND changed_by = 'manager' ORDER BY id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    history.add(new Flip(rs.getString(1), Boolean.parseBoolean(rs.getString(2)),
                            rs.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
        }
    }
}
