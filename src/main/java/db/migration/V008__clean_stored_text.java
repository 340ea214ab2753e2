package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.switchboard.base.domain.PlainText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Cleans the text stored before {@link PlainText} refused it at the door, so that no stored value
 * breaks an XML answer or shows as nothing: in customers' names, reference ids, data, integration
 * data, app settings and schedules, in tag names and in account names, every character the rule
 * refuses is dropped ({@link PlainText#clean}; in one-line text a tab or line break becomes a space).
 * What has nothing visible left becomes "Unnamed customer" / "Unnamed tag" / "Unnamed account", a
 * reference id none, a text inside a document "". A cleaned reference id or tag name that another
 * customer or tag of the account already has gets the first 8 characters of its own id appended.
 * The change history keeps what was recorded. A Java migration because SQL has no portable way to
 * find these characters (and the documents are JSON); it reads the customers
 * in pages and writes only the rows that change.
 */
public class V008__clean_stored_text extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The app settings that are multi-line text (tab and line breaks allowed). */
    private static final Set<String> MULTI_LINE = Set.of("customCss", "stringMappings");
    private static final int PAGE = 500;

    @Override
    public void migrate(Context context) throws Exception {
        clean(context.getConnection());
    }

    /** Cleans every table in {@code connection}'s schema (the migration's work, for tests too). */
    public static void clean(Connection connection) throws SQLException {
        customers(connection);
        names(connection, "tag", "Unnamed tag");
        names(connection, "account", "Unnamed account");
    }

    /** The customers, a page of {@value #PAGE} at a time in the order of their ids. */
    private static void customers(Connection connection) throws SQLException {
        String after = "";
        while (after != null) {
            List<String[]> changed = new ArrayList<>();
            String last = null;
            try (PreparedStatement select = connection.prepareStatement("SELECT id, account_id, name, reference_id, "
                    + "data, integration_data, app_settings, schedule FROM customer WHERE id > ? ORDER BY id LIMIT "
                    + PAGE)) {
                select.setString(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String[] stored = new String[8];
                        for (int i = 0; i < 8; i++) {
                            stored[i] = rows.getString(i + 1);
                        }
                        last = stored[0];
                        String[] cleaned = cleanCustomer(stored);
                        if (!Arrays.equals(stored, cleaned)) {
                            changed.add(cleaned);
                        }
                    }
                }
            }
            for (String[] row : changed) {
                update(connection, row);
            }
            after = last;
        }
    }

    /** A customer's row (id, account, name, reference id, data, integrations, app settings, schedule), cleaned. */
    private static String[] cleanCustomer(String[] row) {
        String name = line(row[2]);
        String referenceId = line(row[3]);
        return new String[] {row[0], row[1], name.isEmpty() ? "Unnamed customer" : name,
                referenceId == null || referenceId.isEmpty() ? null : referenceId, document(row[4], false),
                document(row[5], false), document(row[6], true), document(row[7], false)};
    }

    private static void update(Connection connection, String[] row) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE customer SET name = ?, name_lower = ?, "
                + "reference_id = ?, reference_id_lower = ?, data = ?, integration_data = ?, app_settings = ?, "
                + "schedule = ? WHERE id = ?")) {
            String referenceId = uniqueReferenceId(connection, row[1], row[0], row[3]);
            update.setString(1, row[2]);
            update.setString(2, row[2].toLowerCase(Locale.ROOT));
            update.setString(3, referenceId);
            update.setString(4, referenceId == null ? null : referenceId.toLowerCase(Locale.ROOT));
            for (int i = 4; i < 8; i++) {
                update.setString(i + 1, row[i]);
            }
            update.setString(9, row[0]);
            update.executeUpdate();
        }
    }

    private static String uniqueReferenceId(Connection connection, String accountId, String id, String referenceId)
            throws SQLException {
        if (referenceId == null) {
            return null;
        }
        try (PreparedStatement taken = connection.prepareStatement("SELECT COUNT(*) FROM customer WHERE account_id = ? "
                + "AND reference_id_lower = ? AND id <> ?")) {
            taken.setString(1, accountId);
            taken.setString(2, referenceId.toLowerCase(Locale.ROOT));
            taken.setString(3, id);
            try (ResultSet count = taken.executeQuery()) {
                count.next();
                return count.getLong(1) == 0 ? referenceId : referenceId + " " + id.substring(0, Math.min(8, id.length()));
            }
        }
    }

    /** The {@code name} column of {@code table} (tag, account), cleaned; a tag name stays unique in its account. */
    private static void names(Connection connection, String table, String unnamed) throws SQLException {
        List<String[]> changed = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM " + table);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String name = rows.getString(2);
                String cleaned = line(name);
                if (!cleaned.equals(name)) {
                    changed.add(new String[] {rows.getString(1), cleaned.isEmpty() ? unnamed : cleaned});
                }
            }
        }
        for (String[] row : changed) {
            String name = row[1];
            if (table.equals("tag") && tagNameTaken(connection, row[0], name)) {
                name = name + " " + row[0].substring(0, Math.min(8, row[0].length()));
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET name = ? WHERE id = ?")) {
                update.setString(1, name);
                update.setString(2, row[0]);
                update.executeUpdate();
            }
        }
    }

    private static boolean tagNameTaken(Connection connection, String id, String name) throws SQLException {
        try (PreparedStatement taken = connection.prepareStatement("SELECT COUNT(*) FROM tag t JOIN tag me "
                + "ON me.account_id = t.account_id WHERE me.id = ? AND t.id <> ? AND LOWER(t.name) = ?")) {
            taken.setString(1, id);
            taken.setString(2, id);
            taken.setString(3, name.toLowerCase(Locale.ROOT));
            try (ResultSet count = taken.executeQuery()) {
                count.next();
                return count.getLong(1) > 0;
            }
        }
    }

    /** One-line text cleaned and stripped (null stays null). */
    private static String line(String text) {
        return text == null ? null : PlainText.clean(text, false).strip();
    }

    /** A stored JSON document with every text in it cleaned; {@code appSettings} has multi-line members. */
    private static String document(String json, boolean appSettings) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode tree = JSON.readTree(json);
            return cleanNode(tree, appSettings) ? JSON.writeValueAsString(tree) : json;
        } catch (Exception e) {
            throw new IllegalStateException("A stored document is not JSON: " + e.getMessage(), e);
        }
    }

    /** Cleans the texts under {@code node} in place; true when one changed. */
    private static boolean cleanNode(JsonNode node, boolean appSettings) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : iterable(object)) {
                JsonNode value = entry.getValue();
                if (value.isTextual()) {
                    boolean multiLine = appSettings && MULTI_LINE.contains(entry.getKey());
                    String cleaned = PlainText.clean(value.textValue(), multiLine);
                    if (!cleaned.equals(value.textValue())) {
                        object.set(entry.getKey(), TextNode.valueOf(cleaned));
                        changed = true;
                    }
                } else {
                    changed |= cleanNode(value, appSettings);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isTextual()) {
                    String cleaned = PlainText.clean(item.textValue(), false);
                    if (!cleaned.equals(item.textValue())) {
                        array.set(i, TextNode.valueOf(cleaned));
                        changed = true;
                    }
                } else {
                    changed |= cleanNode(item, appSettings);
                }
            }
        }
        return changed;
    }

    private static List<Map.Entry<String, JsonNode>> iterable(ObjectNode object) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        object.fields().forEachRemaining(e -> entries.add(Map.entry(e.getKey(), e.getValue())));
        return entries;
    }
}
