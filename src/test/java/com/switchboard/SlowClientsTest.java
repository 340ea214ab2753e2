package com.switchboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Slow clients cost nothing but their own connection: unfinished requests (half the headers, or a
 * few bytes of a body, then a byte now and then) do not keep normal requests from answering, do not
 * hold the API's turns or a worker thread, and are answered 408 and closed once the request
 * deadline (2 s here) has passed since their first byte.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"switchboard.http.request-deadline=" + SlowClientsTest.DEADLINE_MILLIS + "ms",
                "server.tomcat.connection-timeout=" + SlowClientsTest.SILENCE_MILLIS + "ms"})
@ActiveProfiles("test")
@Import(Demo.class)
@ExtendWith(OutputCaptureExtension.class)
class SlowClientsTest {

    static final long DEADLINE_MILLIS = 3000;
    /** Tomcat's bound on each read (its connection timeout), shorter than the deadline here. */
    static final long SILENCE_MILLIS = 1000;
    /** The sweep and Tomcat's async timeouts run about once a second: a generous margin on a busy box. */
    private static final long CLOSED_WITHIN_MILLIS = DEADLINE_MILLIS + 3000;

    @LocalServerPort int port;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A connection that has sent the start of a request, and when it began. */
    private record Slow(Socket socket, long openedNanos, String kind) {}

    /** What a slow connection was answered, and how long after its first byte it was closed. */
    private record Closed(String answer, long afterMillis) {}

    private Slow open(String kind, String start) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        long opened = System.nanoTime();
        OutputStream out = socket.getOutputStream();
        out.write(start.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return new Slow(socket, opened, kind);
    }

    private HttpRequest apiRequest() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/customers?countPerPage=1"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "manager:manager".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10)).build();
    }

    private HttpRequest apiSignIn() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/auth/credentials"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userName\":\"manager\",\"password\":\"manager\"}"))
                .timeout(Duration.ofSeconds(10)).build();
    }

    private HttpRequest portalPage() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .timeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void three_hundred_unfinished_requests_do_not_stop_a_normal_one() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        HttpRequest normal = apiRequest();
        assertThat(client.send(normal, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        try {
            for (int i = 0; i < 150; i++) {
                stalled.add(open("api", "POST /customers/c" + i + "/staging HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"isSta").socket());
            }
            for (int i = 0; i < 100; i++) {
                stalled.add(open("headers", "GET /customers HTTP/1.1\r\nHost: localhost\r\nX-Slow: ").socket());
            }
            for (int i = 0; i < 50; i++) {
                stalled.add(open("login", "POST /login HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\nusername=a")
                        .socket());
            }
            Thread.sleep(500);
            for (int round = 0; round < 3; round++) {
                long started = System.nanoTime();
                HttpResponse<String> response = client.send(normal, HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(millis).as("a normal request among 300 stalled ones").isLessThan(1000);
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void slow_bodies_and_headers_get_408_and_are_closed_after_the_deadline_while_normal_requests_answer()
            throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int i = 0; i < 3; i++) {
                assertThat(client.send(apiRequest(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
                assertThat(client.send(portalPage(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            }
            List<Slow> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 50; i++) {
                    slow.add(open("api", "POST /auth/credentials HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"userName\":\"m"));
                }
                for (int i = 0; i < 200; i++) {
                    slow.add(open("login", "POST /login HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\nusername=a"));
                }
                for (int i = 0; i < 20; i++) {
                    slow.add(open("headers", "GET /customers HTTP/1.1\r\nHost: localhost\r\nX-Slow: a"));
                }
                Thread trickle = new Thread(() -> trickle(slow));
                trickle.setDaemon(true);
                trickle.start();
                ExecutorService readers = Executors.newFixedThreadPool(slow.size());
                List<Future<Closed>> closed = new ArrayList<>();
                for (Slow connection : slow) {
                    closed.add(readers.submit(() -> new Closed(readUntilClosed(connection.socket()),
                            (System.nanoTime() - connection.openedNanos()) / 1_000_000)));
                }

                // normal requests among them, until the slow ones are past their deadline
                List<Long> apiMillis = new ArrayList<>();
                List<Long> portalMillis = new ArrayList<>();
                long until = System.nanoTime() + Duration.ofMillis(DEADLINE_MILLIS + 500).toNanos();
                while (System.nanoTime() < until) {
                    apiMillis.add(timed(apiRequest(), 200));
                    apiMillis.add(timed(apiSignIn(), 200));
                    portalMillis.add(timed(portalPage(), 200));
                }
                System.out.printf("normal requests among 270 slow ones: API p95 %d ms (n=%d, max %d), "
                        + "portal p95 %d ms (n=%d, max %d)%n", p95(apiMillis), apiMillis.size(), max(apiMillis),
                        p95(portalMillis), portalMillis.size(), max(portalMillis));
                assertThat(p95(apiMillis)).as("API p95 ms").isLessThanOrEqualTo(1000);
                assertThat(p95(portalMillis)).as("portal p95 ms").isLessThanOrEqualTo(1000);

                long latestClose = 0;
                for (int i = 0; i < slow.size(); i++) {
                    Slow connection = slow.get(i);
                    String answer = closed.get(i).get().answer();
                    long closedAfter = closed.get(i).get().afterMillis();
                    latestClose = Math.max(latestClose, closedAfter);
                    assertThat(answer).as(connection.kind()).startsWith("HTTP/1.1 408 ");
                    assertThat(closedAfter).as(connection.kind() + " closed after ms")
                            .isBetween(DEADLINE_MILLIS - 100, CLOSED_WITHIN_MILLIS);
                    switch (connection.kind()) {
                        case "api" -> assertThat(answer).contains("\"errorCode\":\"RequestTimeout\"")
                                .contains("application/json");
                        default -> assertThat(answer).contains("text/plain")
                                .contains("The request did not arrive within 3 s.");
                    }
                }
                System.out.printf("270 slow connections answered 408 and closed, the last %d ms after its "
                        + "first byte%n", latestClose);
                trickle.interrupt();
                readers.shutdown();
            } finally {
                for (Slow connection : slow) {
                    connection.socket().close();
                }
            }
        });
    }

    @Test
    void clients_that_hang_up_mid_body_leave_one_line_each_and_no_stack_trace(CapturedOutput output)
            throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            List<Slow> slow = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                slow.add(open("login", "POST /login HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\nusername=a"));
            }
            Thread.sleep(300);
            for (Slow connection : slow) {
                connection.socket().close();
            }
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (count(output.getOut(), "the client went away") < 20 && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(count(output.getOut(), "POST /login from 127.0.0.1: the client went away")).isEqualTo(20);
            assertThat(output.getAll()).doesNotContain("Cannot create a session").doesNotContain("\tat ")
                    .doesNotContain("ERROR");
        });
    }

    @Test
    void a_body_that_stops_longer_than_the_connection_timeout_still_gets_its_408_at_the_deadline()
            throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            Slow api = open("api", "POST /auth/credentials.xml HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"userName\":\"m");
            Slow login = open("login", "POST /login HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\nusername=a");
            String apiAnswer = readUntilClosed(api.socket());
            long apiAfter = (System.nanoTime() - api.openedNanos()) / 1_000_000;
            assertThat(apiAnswer).startsWith("HTTP/1.1 408 ").contains("<ErrorCode>RequestTimeout</ErrorCode>");
            assertThat(readUntilClosed(login.socket())).startsWith("HTTP/1.1 408 ").contains("text/plain");
            assertThat(apiAfter).as("closed after ms").isBetween(DEADLINE_MILLIS - 100, CLOSED_WITHIN_MILLIS);
        });
    }

    @Test
    void a_body_that_arrives_in_pieces_within_the_deadline_is_served_whole() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            String body = "userName=manager&password=manager";
            Slow connection = open("api", "POST /auth/credentials?format=json HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                    + "\r\nConnection: close\r\n\r\n" + body.substring(0, 10));
            OutputStream out = connection.socket().getOutputStream();
            for (char c : body.substring(10).toCharArray()) {
                Thread.sleep(20);
                out.write(c);
                out.flush();
            }
            String answer = readUntilClosed(connection.socket());
            assertThat(answer).startsWith("HTTP/1.1 200 ").contains("\"userName\":\"manager\"");
        });
    }

    @Test
    void a_body_larger_than_the_api_takes_is_refused_413_and_closed_chunked_or_declared() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Slow declared = open("api", "POST /auth/credentials HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2000000\r\n\r\n{");
            assertThat(readUntilClosed(declared.socket())).startsWith("HTTP/1.1 413 ")
                    .contains("\"errorCode\":\"RequestEntityTooLarge\"");

            Slow chunked = open("api", "POST /auth/credentials HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            OutputStream out = chunked.socket().getOutputStream();
            byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < 20; i++) {
                    out.write(chunk);
                }
                out.flush();
            } catch (IOException closedWhileSending) {
                // the server answered and closed before the 20 chunks were sent
            }
            assertThat(readUntilClosed(chunked.socket())).startsWith("HTTP/1.1 413 ")
                    .contains("\"errorCode\":\"RequestEntityTooLarge\"");
        });
    }

    /** One more byte to each slow connection every 300 ms (within the connection timeout), until it is closed. */
    private static void trickle(List<Slow> slow) {
        ConcurrentLinkedQueue<Slow> open = new ConcurrentLinkedQueue<>(slow);
        while (!open.isEmpty() && !Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            open.removeIf(connection -> {
                try {
                    connection.socket().getOutputStream().write('a');
                    return false;
                } catch (IOException closed) {
                    return true;
                }
            });
        }
    }

    private long timed(HttpRequest request, int status) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(status);
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** What the server sent until it closed the connection (a reset after its answer counts as closed). */
    private static String readUntilClosed(Socket socket) throws IOException {
        socket.setSoTimeout((int) CLOSED_WITHIN_MILLIS + 2000);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                received.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("still open: " + received.toString(StandardCharsets.UTF_8), e);
        } catch (IOException reset) {
            // closed with a reset: what came before it is the answer
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    private static long p95(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }

    private static long max(List<Long> millis) {
        return millis.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
