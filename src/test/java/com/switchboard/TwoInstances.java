package com.switchboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Two instances of the application, each on a random port, sharing one PostgreSQL schema with the
 * demo data, the way several instances run behind a proxy. An API user {@value #API_USER} (a
 * SystemAdministrator whose BCrypt hash has the lowest cost, so that load tests measure the
 * application rather than BCrypt) is added for load through the API.
 */
public final class TwoInstances implements AutoCloseable {

    public static final String API_USER = "api-load";

    private final String schema;
    private final ConfigurableApplicationContext a;
    private final ConfigurableApplicationContext b;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    private TwoInstances(String schema, ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
        this.schema = schema;
        this.a = a;
        this.b = b;
    }

    /** Starts both (the first one migrates and loads the demo data); skips without PostgreSQL. */
    public static TwoInstances start() {
        Postgres.requireServer();
        String schema = Postgres.newSchemaName();
        ConfigurableApplicationContext a = null;
        try {
            a = instance(schema);
            ConfigurableApplicationContext b = instance(schema);
            new JdbcTemplate(a.getBean(javax.sql.DataSource.class)).update(
                    "INSERT INTO app_user (username, password_hash, enabled, role, version) VALUES (?, ?, TRUE, ?, 0)",
                    API_USER, "{bcrypt}" + new BCryptPasswordEncoder(4).encode(API_USER), "SystemAdministrator");
            return new TwoInstances(schema, a, b);
        } catch (RuntimeException e) {
            if (a != null) {
                a.close();
            }
            Postgres.dropSchema(schema);
            throw e;
        }
    }

    private static ConfigurableApplicationContext instance(String schema) {
        return new SpringApplicationBuilder(Application.class).profiles("test").run("--server.port=0",
                "--spring.datasource.url=" + Postgres.URL + "?currentSchema=" + schema,
                "--spring.datasource.username=" + Postgres.USER,
                "--spring.datasource.password=" + Postgres.PASSWORD,
                "--spring.flyway.schemas=" + schema);
    }

    public ConfigurableApplicationContext a() {
        return a;
    }

    public ConfigurableApplicationContext b() {
        return b;
    }

    public JdbcTemplate jdbc() {
        return a.getBean(JdbcTemplate.class);
    }

    public String customerId(String name) {
        return jdbc().queryForObject("SELECT id FROM customer WHERE name = ?", String.class, name);
    }

    public static int port(ConfigurableApplicationContext instance) {
        return ((ServletWebServerApplicationContext) instance).getWebServer().getPort();
    }

    public static String url(ConfigurableApplicationContext instance, String path) {
        return "http://localhost:" + port(instance) + path;
    }

    /** Flips a customer through the API of {@code instance}, as {@value #API_USER}. */
    public HttpResponse<String> flip(ConfigurableApplicationContext instance, String customerId, boolean staging)
            throws IOException, InterruptedException {
        return send(instance, HttpRequest.newBuilder(URI.create(url(instance, "/customers/" + customerId + "/staging")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"isStaging\": " + staging + "}")));
    }

    /** GetCustomer through the API of {@code instance}: the customer as JSON. */
    public JsonNode customer(ConfigurableApplicationContext instance, String customerId)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(instance,
                HttpRequest.newBuilder(URI.create(url(instance, "/customers/" + customerId))).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GetCustomer answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(ConfigurableApplicationContext instance, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((API_USER + ":" + API_USER)
                .getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + credentials).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        try {
            b.close();
            a.close();
        } finally {
            Postgres.dropSchema(schema);
        }
    }
}
