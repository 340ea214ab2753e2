package db.migration;

/** V008 on the embedded H2 database, in the URL mode the application uses. */
class StoredTextMigrationTest extends StoredTextMigrationContract {

    private final MigrationDatabase database = MigrationDatabase.h2("v008");

    @Override
    MigrationDatabase database() {
        return database;
    }
}
