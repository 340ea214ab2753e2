package com.switchboard;

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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application in a JVM of its own ({@code java -cp <the test classpath> com.switchboard.Application}),
 * Vaadin in production mode, on a free port, its output in a log file: a process that can be killed
 * the way an operating system or an operator kills one.
 */
public final class ForkedApplication {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ForkedApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the application with {@code arguments} (Spring Boot's {@code --name=value}) and waits until
     * {@code /actuator/health/readiness} answers 200, for at most {@code limit}.
     */
    public static ForkedApplication start(Path log, Duration limit, List<String> jvmOptions, List<String> arguments)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Application.class.getName()));
        command.addAll(arguments);
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1", "--vaadin.productionMode=true",
                "--vaadin.launch-browser=false", "--spring.main.banner-mode=off"));
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ForkedApplication app = new ForkedApplication(process, port, log);
        try {
            app.awaitReady(limit);
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            app.kill();
            throw e;
        }
        return app;
    }

    private void awaitReady(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        URI readiness = uri("/actuator/health/readiness");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue()
                        + " before it was ready:\n" + logText());
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens late in the start
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The application was not ready within " + limit + ":\n" + logText());
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public long pid() {
        return process.pid();
    }

    /** {@code kill -9}: SIGKILL, nothing in the process runs any more; answers the exit status. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** SIGTERM, the graceful shutdown; answers the exit status. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            return kill();
        }
        return process.exitValue();
    }

    public Path log() {
        return log;
    }

    /** The log, for a failure message. */
    public String logText() {
        return logText(log);
    }

    public static String logText(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "(no log at " + log + ")";
        } catch (IOException e) {
            return "(the log " + log + " could not be read: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
