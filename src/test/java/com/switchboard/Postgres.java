package com.switchboard;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the machine (127.0.0.1:5432, database {@code test}, user {@code postgres};
 * {@code SWITCHBOARD_PG_URL} etc. override). Each test class gets a schema of its own. Without a
 * server the tests are skipped with a loud warning, except in CI ({@code CI=true}), where they fail.
 */
public final class Postgres {

    public static final String URL = env("SWITCHBOARD_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("SWITCHBOARD_PG_USER", "postgres");
    public static final String PASSWORD = env("SWITCHBOARD_PG_PASSWORD", "");

    private Postgres() {}

    /** Skips (or, in CI, fails) the calling test class when PostgreSQL does not answer. */
    public static void requireServer() {
        try (Connection ignored = connect()) {
            // answered
        } catch (SQLException e) {
            String message = "PostgreSQL at " + URL + " does not answer (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + ": PostgreSQL tests must run in CI", e);
            }
            System.err.println("\n!!!!!!!! SKIPPING POSTGRESQL TESTS: " + message + " !!!!!!!!\n");
            Assumptions.abort(message);
        }
    }

    /** Points a test context at {@code schema} of the server, which Flyway creates and migrates. */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> schema);
    }

    public static String newSchemaName() {
        return "sb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static void dropSchema(String schema) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop schema " + schema, e);
        }
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
