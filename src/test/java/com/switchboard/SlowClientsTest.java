package com.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Unfinished requests (a few bytes of a body, or half the headers, then nothing) from 300
 * connections do not keep a normal request from answering within a second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Demo.class)
class SlowClientsTest {

    @LocalServerPort int port;

    private Socket open(String start) throws Exception {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        OutputStream out = socket.getOutputStream();
        out.write(start.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    @Test
    void three_hundred_unfinished_requests_do_not_stop_a_normal_one() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest normal = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/customers?countPerPage=1"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "manager:manager".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10)).build();
        assertThat(client.send(normal, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        try {
            for (int i = 0; i < 150; i++) {
                stalled.add(open("POST /customers/c" + i + "/staging HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"isSta"));
            }
            for (int i = 0; i < 100; i++) {
                stalled.add(open("GET /customers HTTP/1.1\r\nHost: localhost\r\nX-Slow: "));
            }
            for (int i = 0; i < 50; i++) {
                stalled.add(open("POST /login HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\nusername=a"));
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
}
