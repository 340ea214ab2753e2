package db.migration;

import com.switchboard.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** V008 on the real PostgreSQL server, in a schema of its own. */
class StoredTextMigrationPostgresTest extends StoredTextMigrationContract {

    private static final String SCHEMA = Postgres.newSchemaName();

    @BeforeAll
    static void requireServer() {
        Postgres.requireServer();
    }

    @AfterAll
    static void dropSchema() {
        Postgres.dropSchema(SCHEMA);
    }

    @Override
    MigrationDatabase database() {
        return MigrationDatabase.postgres(SCHEMA);
    }
}
