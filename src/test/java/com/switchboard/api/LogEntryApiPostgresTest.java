package com.switchboard.api;

import com.switchboard.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The log entries' cases on the real PostgreSQL server, in a schema of its own: the SQL is portable. */
class LogEntryApiPostgresTest extends LogEntryApiTest {

    private static final String SCHEMA = Postgres.newSchemaName();

    @BeforeAll
    static void requireServer() {
        Postgres.requireServer();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        Postgres.dropSchema(SCHEMA);
    }
}
