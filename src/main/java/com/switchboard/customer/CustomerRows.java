package com.switchboard.customer;

import com.switchboard.account.Account;
import com.switchboard.account.BillingSettings;
import com.switchboard.base.domain.JsonDocuments;
import com.switchboard.schedule.Schedule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reads that run on every request - a customer with its tags, the ancestors, accounts and tags
 * of the read model - as one SQL statement each, mapped by hand. Spring Data JDBC's aggregate
 * loading (a statement per aggregate and one per collection, then a generic mapping of every
 * column) costs several times the database work on these paths. What is read is the same
 * {@link Customer} that {@link CustomerRepository} reads, which keeps doing every write; the storage
 * contract test holds the two readers to the same result on every database. (A component, not a
 * {@code @Repository}: {@link NamedParameterJdbcTemplate} already translates SQL exceptions, and the
 * proxy that would do it again costs on every call.)
 */
@Component
class CustomerRows {

    private static final String CUSTOMER = """
            SELECT c.id, c.account_id, c.parent_customer_id, c.path, c.name, c.name_lower, c.reference_id,
                   c.reference_id_lower, c.is_staging, c.data, c.integration_data, c.override_billing_settings,
                   c.billing_settings, c.override_app_settings, c.app_settings, c.schedule, c.date_created,
                   c.date_last_modified, c.created_by, c.last_modified_by, c.version, ct.tag_id
              FROM customer c LEFT JOIN customer_tag ct ON ct.customer_id = c.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    CustomerRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer with its tags, as stored now. */
    Optional<Customer> find(String id) {
        List<Customer> found = jdbc.getJdbcOperations().query(CUSTOMER + " WHERE c.id = ?", CustomerRows::customers,
                id);
        return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * The customer as stored now, after taking its row lock for the rest of the transaction, so that
     * nobody else changes it until this transaction ends.
     */
    Optional<Customer> findLocked(String id) {
        List<String> locked = jdbc.getJdbcOperations().queryForList("SELECT id FROM customer WHERE id = ? FOR UPDATE",
                String.class, id);
        return locked.isEmpty() ? Optional.empty() : find(id);
    }

    /** The customers of {@code ids} that exist, with their tags, in no particular order. */
    List<Customer> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(CUSTOMER + " WHERE c.id IN (:ids)", Map.of("ids", ids), CustomerRows::customers);
    }

    /**
     * What the read model takes from the ancestors of {@code ids}: name, and billing and app settings
     * where they override (only those documents are read, the others are not needed).
     */
    List<Ancestor> ancestors(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                SELECT id, name, override_billing_settings, billing_settings, override_app_settings, app_settings
                  FROM customer WHERE id IN (:ids)""", Map.of("ids", ids), (rs, n) -> new Ancestor(
                rs.getString(1), rs.getString(2),
                rs.getBoolean(3) ? json(rs.getString(4), BillingSettings.class) : null,
                rs.getBoolean(5) ? json(rs.getString(6), AppSettings.class) : null));
    }

    List<Account> accounts(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(ACCOUNT + " WHERE id IN (:ids)", Map.of("ids", ids), (rs, n) -> account(rs));
    }

    List<Tag> tags(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT id, account_id, name, color, version FROM tag WHERE id IN (:ids)",
                Map.of("ids", ids), (rs, n) -> new Tag(rs.getString(1), rs.getString(2), rs.getString(3),
                        TagColor.valueOf(rs.getString(4)), rs.getLong(5)));
    }

    private static final String ACCOUNT = """
            SELECT id, name, name_lower, max_phone_numbers, billing_settings, date_created, date_last_modified,
                   created_by, last_modified_by, version
              FROM account""";

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getString(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
                json(rs.getString(5), BillingSettings.class), instant(rs, 6), instant(rs, 7), rs.getString(8),
                rs.getString(9), rs.getLong(10));
    }

    /** An ancestor as the read model needs it; the settings are null where it does not override. */
    record Ancestor(String id, String name, BillingSettings billingSettings, AppSettings appSettings) {

        static Ancestor of(Customer c) {
            return new Ancestor(c.getId(), c.getName(),
                    c.isOverrideBillingSettings() ? c.getBillingSettings() : null,
                    c.isOverrideAppSettings() ? c.getAppSettings() : null);
        }
    }

    /** The customers of {@link #CUSTOMER}'s rows: one row per tag, or one without a tag. */
    private static List<Customer> customers(ResultSet rs) throws SQLException {
        Map<String, Customer> byId = new LinkedHashMap<>();
        Map<String, Set<String>> tagIds = new LinkedHashMap<>();
        while (rs.next()) {
            String id = rs.getString(1);
            if (!byId.containsKey(id)) {
                byId.put(id, customer(rs));
                tagIds.put(id, new LinkedHashSet<>());
            }
            String tagId = rs.getString(22);
            if (tagId != null) {
                tagIds.get(id).add(tagId);
            }
        }
        List<Customer> result = new ArrayList<>(byId.size());
        byId.forEach((id, c) -> {
            c.setTagIds(tagIds.get(id));
            result.add(c);
        });
        return result;
    }

    /** The customer of a row of {@link #CUSTOMER}, by column position (H2 looks names up slowly). */
    private static Customer customer(ResultSet rs) throws SQLException {
        return Customer.restore(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                json(rs.getString(10), CustomerData.class), json(rs.getString(11), IntegrationData.class),
                rs.getBoolean(12), json(rs.getString(13), BillingSettings.class), rs.getBoolean(14),
                json(rs.getString(15), AppSettings.class), json(rs.getString(16), Schedule.class), instant(rs, 17),
                instant(rs, 18), rs.getString(19), rs.getString(20), rs.getLong(21));
    }

    private static <T> T json(String json, Class<T> type) {
        return json == null ? null : JsonDocuments.fromJson(json, type);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
