package com.switchboard.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.IntegrationTest;
import com.switchboard.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The storage contract on the real PostgreSQL server, in a schema of its own. */
@IntegrationTest
class CustomerStoragePostgresTest extends CustomerStorageContract {

    private static final String SCHEMA = Postgres.newSchemaName();

    @BeforeAll
    static void requireServer() {
        Postgres.requireServer();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry, SCHEMA);
    }

    @Test
    void the_postgresql_migration_adds_trigram_indexes_for_search() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema()"
                + " AND indexname IN ('ix_customer_name_trgm', 'ix_customer_reference_trgm')", Integer.class))
                .isEqualTo(2);
    }

    @AfterAll
    static void dropSchema() {
        Postgres.dropSchema(SCHEMA);
    }
}
