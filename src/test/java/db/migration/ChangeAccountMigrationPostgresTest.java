package db.migration;

import com.switchboard.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** V012 on the real PostgreSQL server, in a schema of its own. */
class ChangeAccountMigrationPostgresTest extends ChangeAccountMigrationContract {

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
    String url() {
        return Postgres.URL + "?currentSchema=" + SCHEMA;
    }

    @Override
    String user() {
        return Postgres.USER;
    }

    @Override
    String password() {
        return Postgres.PASSWORD;
    }

    @Override
    String schema() {
        return SCHEMA;
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
