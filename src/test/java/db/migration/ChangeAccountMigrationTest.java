package db.migration;

import java.util.UUID;

/** V012 on the embedded H2 database, in the URL mode the application uses. */
class ChangeAccountMigrationTest extends ChangeAccountMigrationContract {

    private final String url = "jdbc:h2:mem:v012-" + UUID.randomUUID()
            + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Override
    String url() {
        return url;
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String password() {
        return "";
    }

    @Override
    String vendor() {
        return "h2";
    }
}
