package db.migration;

import com.switchboard.Postgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A database a migration test migrates step by step: a fresh in-memory H2 database in the URL mode the
 * application uses, or a schema of its own on the PostgreSQL server.
 */
record MigrationDatabase(String url, String user, String password, String schema, String vendor) {

    static MigrationDatabase h2(String name) {
        return new MigrationDatabase("jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", null, "h2");
    }

    static MigrationDatabase postgres(String schema) {
        return new MigrationDatabase(Postgres.URL + "?currentSchema=" + schema, Postgres.USER, Postgres.PASSWORD,
                schema, "postgresql");
    }

    /** Flyway with the application's locations (the portable ones and the vendor's), up to {@code target}. */
    Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).target(target);
        return (schema == null ? config : config.schemas(schema)).load();
    }

    /** A connection whose default schema is the migrated one. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
