package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * V012 on a database migrated to V010 with history in it: each row gets its customer's account (none
 * when the customer is gone), and exactly the first row of each change (customer, instant, user,
 * channel) is flagged. Each database runs it ({@link ChangeAccountMigrationTest},
 * {@link ChangeAccountMigrationPostgresTest}).
 */
abstract class ChangeAccountMigrationContract {

    /** The database this contract migrates. */
    abstract MigrationDatabase database();

    @Test
    void history_rows_get_their_account_and_the_first_row_of_each_change_is_flagged() throws Exception {
        database().flyway("10").migrate();
        try (Connection c = database().connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO account (id, name, name_lower, version, date_created, date_last_modified) VALUES"
                    + " ('acc-1', 'Acme', 'acme', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO customer (id, account_id, path, name, name_lower, is_staging,"
                    + " override_billing_settings, override_app_settings, date_created, date_last_modified, version)"
                    + " VALUES ('cust-1', 'acc-1', '/cust-1/', 'One', 'one', FALSE, FALSE, FALSE, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP, 0)");
            String insert = "INSERT INTO customer_change (customer_id, changed_at, changed_by, channel, field, old_value,"
                    + " new_value) VALUES ";
            // one change of two fields, another of one field at the same instant by someone else, a later one
            s.execute(insert + "('cust-1', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00', 'ann', 'UI', 'name', 'a', 'b')");
            s.execute(insert + "('cust-1', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00', 'ann', 'UI', 'isStaging',"
                    + " 'false', 'true')");
            s.execute(insert + "('cust-1', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00', 'bob', 'API', 'name', 'b',"
                    + " 'c')");
            s.execute(insert + "('cust-1', TIMESTAMP WITH TIME ZONE '2026-01-02 10:00:00+00', 'ann', 'UI', 'name', 'c',"
                    + " 'd')");
            s.execute(insert + "('gone-1', TIMESTAMP WITH TIME ZONE '2026-01-01 09:00:00+00', 'ann', 'UI', 'deleted',"
                    + " 'Gone', NULL)");
        }

        database().flyway("latest").migrate();

        try (Connection c = database().connect(); Statement s = c.createStatement()) {
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT customer_id, account_id, changed_by, field, first_of_change"
                    + " FROM customer_change ORDER BY id")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
                            + " " + rs.getBoolean(5));
                }
            }
            assertThat(rows).containsExactly(
                    "cust-1 acc-1 ann name true",
                    "cust-1 acc-1 ann isStaging false",
                    "cust-1 acc-1 bob name true",
                    "cust-1 acc-1 ann name true",
                    "gone-1 null ann deleted true");
        }
    }
}
