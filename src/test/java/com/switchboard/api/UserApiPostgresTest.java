package com.switchboard.api;

import com.switchboard.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The users on the wire on the real PostgreSQL server (its own schema): the list's SQL, sorting and filters. */
class UserApiPostgresTest extends UserApiTest {

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
