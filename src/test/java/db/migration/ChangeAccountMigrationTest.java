package db.migration;

/** V012 on the embedded H2 database, in the URL mode the application uses. */
class ChangeAccountMigrationTest extends ChangeAccountMigrationContract {

    private final MigrationDatabase database = MigrationDatabase.h2("v012");

    @Override
    MigrationDatabase database() {
        return database;
    }
}
