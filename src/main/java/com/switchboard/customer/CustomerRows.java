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
import org.springframework.stereotype.Repository;

/**
 * The reads that run on every request - a customer with its tags, the ancestors, accounts and tags
 * of the read model - as one SQL statement each, mapped by hand. Spring Data JDBC's aggregate
 * loading (a statement per aggregate and one per collection, then a generic mapping of every
 * column) costs several times the database work on these paths. What is read is the same
 * {@link Customer} that {@link CustomerRepository} reads, which keeps doing every write; the storage
 * contract test holds the two readers to the same result on every database.
 */
@Repository
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
        return customers(CUSTOMER + " WHERE c.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The customers of {@code ids} that exist, with their tags, in no particular order. */
    List<Customer> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return customers(CUSTOMER + " WHERE c.id IN (:ids)", Map.of("ids", ids));
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
                rs.getString("id"), rs.getString("name"),
                rs.getBoolean("override_billing_settings")
                        ? json(rs, "billing_settings", BillingSettings.class) : null,
                rs.getBoolean("override_app_settings") ? json(rs, "app_settings", AppSettings.class) : null));
    }

    List<Account> accounts(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT id, name, billing_settings, version FROM account WHERE id IN (:ids)",
                Map.of("ids", ids), (rs, n) -> new Account(rs.getString("id"), rs.getString("name"),
                        json(rs, "billing_settings", BillingSettings.class), rs.getLong("version")));
    }

    List<Tag> tags(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT id, account_id, name, color, version FROM tag WHERE id IN (:ids)",
                Map.of("ids", ids), (rs, n) -> new Tag(rs.getString("id"), rs.getString("account_id"),
                        rs.getString("name"), TagColor.valueOf(rs.getString("color")), rs.getLong("version")));
    }

    /** An ancestor as the read model needs it; the settings are null where it does not override. */
    record Ancestor(String id, String name, BillingSettings billingSettings, AppSettings appSettings) {

        static Ancestor of(Customer c) {
            return new Ancestor(c.getId(), c.getName(),
                    c.isOverrideBillingSettings() ? c.getBillingSettings() : null,
                    c.isOverrideAppSettings() ? c.getAppSettings() : null);
        }
    }

    private List<Customer> customers(String sql, Map<String, ?> params) {
        return jdbc.query(sql, params, rs -> {
            Map<String, Customer> byId = new LinkedHashMap<>();
            Map<String, Set<String>> tagIds = new LinkedHashMap<>();
            while (rs.next()) {
                String id = rs.getString("id");
                if (!byId.containsKey(id)) {
                    byId.put(id, customer(rs));
                    tagIds.put(id, new LinkedHashSet<>());
                }
                String tagId = rs.getString("tag_id");
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
        });
    }

    private static Customer customer(ResultSet rs) throws SQLException {
        return Customer.restore(rs.getString("id"), rs.getString("account_id"), rs.getString("parent_customer_id"),
                rs.getString("path"), rs.getString("name"), rs.getString("name_lower"), rs.getString("reference_id"),
                rs.getString("reference_id_lower"), rs.getBoolean("is_staging"),
                json(rs, "data", CustomerData.class), json(rs, "integration_data", IntegrationData.class),
                rs.getBoolean("override_billing_settings"), json(rs, "billing_settings", BillingSettings.class),
                rs.getBoolean("override_app_settings"), json(rs, "app_settings", AppSettings.class),
                json(rs, "schedule", Schedule.class), instant(rs, "date_created"), instant(rs, "date_last_modified"),
                rs.getString("created_by"), rs.getString("last_modified_by"), rs.getLong("version"));
    }

    private static <T> T json(ResultSet rs, String column, Class<T> type) throws SQLException {
        String json = rs.getString(column);
        return json == null ? null : JsonDocuments.fromJson(json, type);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
