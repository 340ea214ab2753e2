package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * V008 on a database migrated to V007 with text stored before the rule refused it: what the rule
 * refuses is gone, what was fine is untouched byte for byte, unique names stay unique. Each database
 * runs it ({@link StoredTextMigrationTest}, {@link StoredTextMigrationPostgresTest}).
 */
abstract class StoredTextMigrationContract {

    /** The database this contract migrates. */
    abstract MigrationDatabase database();

    @Test
    void stored_text_the_rule_refuses_is_cleaned_and_the_rest_is_left_as_it_was() throws Exception {
        database().flyway("7").migrate();
        String fineData = "{\"plan\":{\"stringValue\":\"gold\"},\"n\":{\"numberValue\":1.5}}";
        try (Connection c = database().connect()) {
            exec(c, "INSERT INTO account (id, name, version) VALUES ('acc-1', 'Acme\u0085 Telecom', 0)");
            exec(c, "INSERT INTO account (id, name, version) VALUES ('acc-2', 'Globex', 0)");
            exec(c, "INSERT INTO tag (id, account_id, name, color, version) VALUES ('tag-1', 'acc-1', 'VIP', 'RED', 0)");
            exec(c, "INSERT INTO tag (id, account_id, name, color, version) VALUES "
                    + "('tag-2', 'acc-1', 'VIP\u0001', 'RED', 0)");
            exec(c, "INSERT INTO tag (id, account_id, name, color, version) VALUES "
                    + "('tag-3', 'acc-1', 'Gold\uFFFF', 'RED', 0)");
            customer(c, "cust-fine", "Fine Dental", "R-1", fineData,
                    "{\"customCss\":\"a {\\n\\tcolor: red;\\n}\"}",
                    "{\"timeZoneId\":\"UTC\",\"inherit\":false,\"forceClosed\":false,\"rules\":[],\"defaultState\":\"Open\"}");
            customer(c, "cust-ctl", "Ctl a\u0001b", "R-1\u0001",
                    "{\"plan\":{\"stringValue\":\"g\\u0001old\"},\"list\":{\"listValue\":[{\"x\":{\"stringValue\":\"\\u200b\"}}]}}",
                    "{\"customCss\":\"a {\\n}\\u000b\",\"pageTitle\":\"Line\\nTwo\"}",
                    "{\"timeZoneId\":\"UTC\",\"inherit\":false,\"forceClosed\":false,\"rules\":[{\"name\":\"r\\u0085\","
                            + "\"state\":\"Closed\\uffff\"}],\"defaultState\":\"Open\\u0002\"}");
            customer(c, "cust-invisible", "\u200B\u200D", "\u200B", null, null, null);
            customer(c, "cust-tab", "Tab\tName", null, null, null, null);
        }

        database().flyway("latest").migrate();

        try (Connection c = database().connect()) {
            Map<String, String> fine = row(c, "cust-fine");
            assertThat(fine).containsEntry("name", "Fine Dental").containsEntry("reference_id", "R-1")
                    .containsEntry("data", fineData)
                    .containsEntry("app_settings", "{\"customCss\":\"a {\\n\\tcolor: red;\\n}\"}");

            Map<String, String> ctl = row(c, "cust-ctl");
            assertThat(ctl).containsEntry("name", "Ctl ab").containsEntry("name_lower", "ctl ab")
                    .containsEntry("reference_id", "R-1 cust-ctl").containsEntry("reference_id_lower", "r-1 cust-ctl")
                    .containsEntry("data", "{\"plan\":{\"stringValue\":\"gold\"},\"list\":{\"listValue\":[{\"x\":"
                            + "{\"stringValue\":\"\"}}]}}")
                    .containsEntry("app_settings", "{\"customCss\":\"a {\\n}\",\"pageTitle\":\"Line Two\"}")
                    .containsEntry("schedule", "{\"timeZoneId\":\"UTC\",\"inherit\":false,\"forceClosed\":false,"
                            + "\"rules\":[{\"name\":\"r\",\"state\":\"Closed\"}],\"defaultState\":\"Open\"}");

            assertThat(row(c, "cust-invisible")).containsEntry("name", "Unnamed customer")
                    .containsEntry("reference_id", null).containsEntry("reference_id_lower", null);
            assertThat(row(c, "cust-tab")).containsEntry("name", "Tab Name");

            assertThat(name(c, "account", "acc-1")).isEqualTo("Acme Telecom");
            assertThat(name(c, "account", "acc-2")).isEqualTo("Globex");
            assertThat(name(c, "tag", "tag-1")).isEqualTo("VIP");
            assertThat(name(c, "tag", "tag-2")).isEqualTo("VIP tag-2");
            assertThat(name(c, "tag", "tag-3")).isEqualTo("Gold");
        }
    }

    private static void customer(Connection c, String id, String name, String referenceId, String data,
            String appSettings, String schedule) throws Exception {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO customer (id, account_id, path, name, "
                + "name_lower, reference_id, reference_id_lower, is_staging, data, override_billing_settings, "
                + "override_app_settings, app_settings, schedule, date_created, date_last_modified, version) "
                + "VALUES (?, 'acc-1', ?, ?, ?, ?, ?, FALSE, ?, FALSE, ?, ?, ?, ?, ?, 0)")) {
            OffsetDateTime now = OffsetDateTime.parse("2026-12-01T10:00:00Z");
            insert.setString(1, id);
            insert.setString(2, "/" + id + "/");
            insert.setString(3, name);
            insert.setString(4, name.toLowerCase());
            insert.setString(5, referenceId);
            insert.setString(6, referenceId == null ? null : referenceId.toLowerCase());
            insert.setString(7, data);
            insert.setBoolean(8, appSettings != null);
            insert.setString(9, appSettings);
            insert.setString(10, schedule);
            insert.setObject(11, now);
            insert.setObject(12, now);
            insert.executeUpdate();
        }
    }

    private static Map<String, String> row(Connection c, String id) throws Exception {
        try (PreparedStatement select = c.prepareStatement("SELECT name, name_lower, reference_id, reference_id_lower, "
                + "data, app_settings, schedule FROM customer WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).isTrue();
                Map<String, String> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getString(i));
                }
                return row;
            }
        }
    }

    private static String name(Connection c, String table, String id) throws Exception {
        try (PreparedStatement select = c.prepareStatement("SELECT name FROM " + table + " WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
