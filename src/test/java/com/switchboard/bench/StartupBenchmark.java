package com.switchboard.bench;

import com.switchboard.Application;
import com.switchboard.Postgres;
import com.switchboard.bench.blank.BlankApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Process start to ready: {@code ./mvnw -Pbenchmark test -Dtest=StartupBenchmark} (runs with
 * {@code -Dbench.starts=5}, databases with {@code -Dbench.databases=h2,postgres}). Each start is a
 * new JVM ({@code java -cp <test classpath> <main class>}, production mode, default JVM options),
 * timed from {@code ProcessBuilder.start()} to the first answer of any kind on the port, and to the
 * first 200 from {@code /actuator/health/readiness}, polled every 10 ms. Switchboard is started on
 * an empty database (migrations and demo data) and again on the database that start left; the
 * blank application ({@link BlankApplication}: Spring Boot, Vaadin and the actuator from the same
 * BOMs, one route, no database) is the yardstick. Results go to stdout and target/benchmark/startup.md.
 */
class StartupBenchmark {

    private static final Duration LIMIT = Duration.ofMinutes(3);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
    private final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        int starts = Integer.getInteger("bench.starts", 5);
        List<String> databases = Arrays.stream(System.getProperty("bench.databases", "h2,postgres").split(","))
                .map(String::strip).toList();
        line("| application | database | start | runs | first answer, median ms | ready, median ms | ready, min–max ms | ratio to blank |");
        line("|---|---|---|---|---|---|---|---|");
        long blank = measure("blank Spring Boot + Vaadin", "none", "-", starts, run -> new String[] {
                BlankApplication.class.getName(), "--spring.config.name=blank",
                "--management.endpoint.health.probes.enabled=true"}, -1);
        for (String database : databases) {
            String label = database.equals("postgres") ? "PostgreSQL" : "H2 (file)";
            List<String> schemas = new ArrayList<>();
            Path dir = Files.createTempDirectory("switchboard-startup");
            try {
                measure("Switchboard", label, "empty database", starts, run -> switchboard(database, dir, run, schemas),
                        blank);
                // again on the database the first of those starts filled
                measure("Switchboard", label, "restart", starts, run -> switchboard(database, dir, 1, schemas), blank);
            } finally {
                schemas.forEach(Postgres::dropSchema);
            }
        }
        Path out = Path.of("target", "benchmark", "startup.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\n" + report);
    }

    private String[] switchboard(String database, Path dir, int run, List<String> schemas) {
        List<String> args = new ArrayList<>(List.of(Application.class.getName()));
        if (database.equals("postgres")) {
            Postgres.requireServer();
            String schema = "sb_startup_" + run;
            if (!schemas.contains(schema)) {
                schemas.add(schema);
            }
            args.add("--spring.datasource.url=" + Postgres.URL + "?currentSchema=" + schema);
            args.add("--spring.datasource.username=" + Postgres.USER);
            args.add("--spring.datasource.password=" + Postgres.PASSWORD);
            args.add("--spring.flyway.schemas=" + schema);
        } else {
            args.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db" + run).toAbsolutePath()
                    + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");
        }
        args.add("--switchboard.demo-data=true");
        return args.toArray(String[]::new);
    }

    private interface Command {
        String[] forRun(int run) throws Exception;
    }

    /** Median time to ready in ms. */
    private long measure(String application, String database, String start, int runs, Command command, long blank)
            throws Exception {
        List<Long> answered = new ArrayList<>();
        List<Long> ready = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            long[] times = startOnce(command.forRun(run),
                    (application + "-" + database + "-" + start + "-" + run).replaceAll("[^A-Za-z0-9]+", "-"));
            answered.add(times[0]);
            ready.add(times[1]);
            System.out.printf(Locale.ROOT, "%s %s %s run %d: answered %d ms, ready %d ms%n", application, database,
                    start, run, times[0], times[1]);
        }
        long median = median(ready);
        line(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %d | %d–%d | %s |", application, database, start,
                runs, median(answered), median, ready.stream().mapToLong(Long::longValue).min().orElseThrow(),
                ready.stream().mapToLong(Long::longValue).max().orElseThrow(),
                blank < 0 ? "1" : String.format(Locale.ROOT, "%.1f×", (double) median / blank)));
        return median;
    }

    /** Starts a JVM, and answers {ms to the first HTTP answer, ms to readiness UP}. */
    private long[] startOnce(String[] mainAndArgs, String logName) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainAndArgs[0]));
        command.addAll(List.of(Arrays.copyOfRange(mainAndArgs, 1, mainAndArgs.length)));
        command.addAll(List.of("--server.port=" + port, "--vaadin.productionMode=true", "--vaadin.launch-browser=false",
                "--vaadin.allowed-packages=com.vaadin,org.vaadin," + packageOf(mainAndArgs[0]),
                "--spring.main.banner-mode=off"));
        Path log = Path.of("target", "benchmark", "startup-" + logName + ".log");
        Files.createDirectories(log.getParent());
        URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long answered = -1;
        try {
            while (System.nanoTime() - start < LIMIT.toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Exited with " + process.exitValue() + ", see " + log);
                }
                int status = status(readiness);
                long now = System.nanoTime();
                if (status > 0 && answered < 0) {
                    answered = TimeUnit.NANOSECONDS.toMillis(now - start);
                }
                if (status == 200) {
                    return new long[] {answered, TimeUnit.NANOSECONDS.toMillis(now - start)};
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException("Not ready within " + LIMIT + ", see " + log);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private int status(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
