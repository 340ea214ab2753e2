package com.switchboard.customer;

import com.switchboard.base.domain.PageResult;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.security.CurrentUser;
import com.switchboard.security.Role;
import com.switchboard.security.SignedInUser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log: the customers' history and the accounts', one entry per change (the rows one person wrote
 * on one customer or account at one instant through one channel), newest first, filtered and paged in
 * SQL. Scoped like everything else: an administrator reads every entry, a manager those of its
 * accounts (also of customers since deleted), a customer user those of its customer's subtree as it
 * stands, and no account-level entries.
 *
 * <p>An entry is found by its first row: flagged as written for a customer's change
 * ({@code first_of_change}), the smallest id of its change for an account's (a correlated look-up in
 * the small {@code account_change}). So a page is an index range scan of "one customer / one account
 * / everything, by time" that stops at the page's end, and a count stops at its cap. Dates are whole
 * days in UTC.
 */
@Service
@Transactional(readOnly = true)
public class ChangeLogQueries {

    /** How many entries past the end of the page a count goes, at most. */
    public static final int COUNT_BEYOND = 1_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final CustomerAccessPolicy policy;
    private final CurrentUser currentUser;
    private final LogEntryRows rows;

    ChangeLogQueries(NamedParameterJdbcTemplate jdbc, CustomerAccessPolicy policy, CurrentUser currentUser,
            LogEntryRows rows) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.currentUser = currentUser;
        this.rows = rows;
    }

    /**
     * One page of the entries the user may read that pass {@code filter}, with their count up to
     * {@value #COUNT_BEYOND} past the page's end; {@code count} false skips counting (the total is then
     * just enough to tell whether there is a next page).
     */
    public PageResult<LogEntry> list(LogEntryFilter filter, int page, int size, boolean count) {
        if (filter.startDate() != null && filter.endDate() != null && filter.endDate().isBefore(filter.startDate())) {
            throw new ValidationException("endDate", "'End Date' must not be before 'Start Date'.");
        }
        SignedInUser user = currentUser.require();
        CustomerAccessPolicy.Scope scope = policy.scopeOf(user);
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> parts = new ArrayList<>();
        if (!scope.isEmpty(user) && filter.wantsCustomers()) {
            parts.add(customerHeads(scope, filter, params));
        }
        if (!scope.isEmpty(user) && user.role() != Role.Customer && filter.wantsAccountLevel()) {
            parts.add(accountHeads(scope, filter, params));
        }
        if (parts.isEmpty()) {
            return new PageResult<>(List.of(), 0, page, size);
        }
        String direction = filter.ascending() ? "ASC" : "DESC";
        String order = " ORDER BY changed_at " + direction + ", kind " + direction + ", id " + direction;
        int fetch = count ? size : size + 1; // one more than a page tells whether there is a next one
        params.addValue("window", (long) page * size + fetch).addValue("limit", fetch)
                .addValue("offset", (long) page * size);
        String union = IntStream.range(0, parts.size())
                .mapToObj(i -> "SELECT * FROM (" + parts.get(i) + order + " LIMIT :window) p" + i)
                .collect(Collectors.joining(" UNION ALL "));
        List<LogEntryRows.Head> heads = jdbc.query("SELECT kind, id, account_id, customer_id, changed_at, changed_by,"
                + " channel FROM (" + union + ") e" + order + " LIMIT :limit OFFSET :offset", params, LogEntryRows::head);
        long total;
        if (count) {
            // counted no further than COUNT_BEYOND past the page, so that a count stays cheap at any size
            params.addValue("cap", (long) page * size + size + COUNT_BEYOND);
            Long n = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 AS one FROM (" + String.join(" UNION ALL ", parts)
                    + ") e LIMIT :cap) capped", params, Long.class);
            total = n == null ? 0 : n;
        } else {
            total = (long) page * size + heads.size();
            heads = heads.size() > size ? heads.subList(0, size) : heads;
        }
        return new PageResult<>(rows.entries(heads), total, page, size);
    }

    /** The first rows of the customers' changes in reach and passing the filter. */
    private static String customerHeads(CustomerAccessPolicy.Scope scope, LogEntryFilter filter,
            MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder("""
                SELECT 'c' AS kind, h.id, h.account_id, h.customer_id, h.changed_at, h.changed_by, h.channel
                  FROM customer_change h""");
        if (scope.pathPrefix() != null) {
            sql.append(" JOIN customer sc ON sc.id = h.customer_id AND sc.path LIKE :scopePath ESCAPE '\\'");
            params.addValue("scopePath", escapeLike(scope.pathPrefix()) + "%");
        }
        sql.append(" WHERE h.first_of_change = TRUE");
        if (scope.accountIds() != null) {
            sql.append(" AND h.account_id IN (:scopeAccounts)");
            params.addValue("scopeAccounts", scope.accountIds());
        }
        if (!filter.customers().isEmpty()) {
            sql.append(" AND h.customer_id IN (:customerIds)");
            params.addValue("customerIds", filter.customers());
        }
        common(sql, "customer_change", "c", filter, params);
        return sql.toString();
    }

    /** The first rows of the accounts' own changes in reach and passing the filter. */
    private static String accountHeads(CustomerAccessPolicy.Scope scope, LogEntryFilter filter,
            MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder("""
                SELECT 'a' AS kind, h.id, h.account_id, CAST(NULL AS VARCHAR(64)) AS customer_id, h.changed_at,
                       h.changed_by, h.channel
                  FROM account_change h
                 WHERE h.id = (SELECT MIN(p.id) FROM account_change p WHERE p.account_id = h.account_id
                       AND p.changed_at = h.changed_at AND p.changed_by = h.changed_by AND p.channel = h.channel)""");
        if (scope.accountIds() != null) {
            sql.append(" AND h.account_id IN (:scopeAccounts)");
            params.addValue("scopeAccounts", scope.accountIds());
        }
        common(sql, "account_change", "a", filter, params);
        return sql.toString();
    }

    /** The accounts, days, ids and text asked for, on the first rows {@code h} of {@code table}. */
    private static void common(StringBuilder sql, String table, String kind, LogEntryFilter filter,
            MapSqlParameterSource params) {
        if (!filter.accountIds().isEmpty()) {
            sql.append(" AND h.account_id IN (:accountIds)");
            params.addValue("accountIds", filter.accountIds());
        }
        if (filter.startDate() != null) {
            sql.append(" AND h.changed_at >= :from");
            params.addValue("from", utc(filter.startDate().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (filter.endDate() != null) {
            sql.append(" AND h.changed_at < :to");
            params.addValue("to", utc(filter.endDate().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (!filter.specificIds().isEmpty()) {
            List<Long> ids = filter.specificIds().stream().filter(id -> id.matches(kind + "\\d{1,18}"))
                    .map(id -> Long.parseLong(id.substring(1))).toList();
            sql.append(ids.isEmpty() ? " AND 1 = 0" : " AND h.id IN (:" + kind + "Ids)");
            params.addValue(kind + "Ids", ids);
        }
        String text = filter.description() == null ? "" : filter.description().strip().toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            String owner = table.equals("customer_change") ? "customer_id" : "account_id";
            sql.append(" AND EXISTS (SELECT 1 FROM ").append(table).append(" m WHERE m.").append(owner)
                    .append(" = h.").append(owner).append(" AND m.changed_at = h.changed_at")
                    .append(" AND m.changed_by = h.changed_by AND m.channel = h.channel AND (")
                    .append("LOWER(COALESCE(m.old_value, '')) LIKE :text ESCAPE '\\'")
                    .append(" OR LOWER(COALESCE(m.new_value, '')) LIKE :text ESCAPE '\\'");
            Set<String> labelled = labelled(text);
            if (!labelled.isEmpty()) {
                sql.append(" OR m.field IN (:labelled)");
                params.addValue("labelled", labelled);
            }
            sql.append("))");
            params.addValue("text", "%" + escapeLike(text) + "%");
        }
    }

    /** The keys of the fields whose label, or whose stored values' words, contain {@code text}. */
    static Set<String> labelled(String text) {
        return Arrays.stream(HistoryField.values()).filter(f -> f.label.toLowerCase(Locale.ROOT).contains(text)
                        || f.key.toLowerCase(Locale.ROOT).contains(text)
                        || (f == HistoryField.STAGING && ("production".contains(text) || "staging".contains(text))))
                .map(f -> f.key).collect(Collectors.toSet());
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
