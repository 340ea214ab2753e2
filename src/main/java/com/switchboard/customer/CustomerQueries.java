package com.switchboard.customer;

import com.switchboard.base.domain.DataValue;
import com.switchboard.base.domain.JsonDocuments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The filtered, sorted and paged customer lists, in SQL: only ids and counts come back, so a page
 * costs the same at ten thousand customers as at a million.
 */
@Repository
class CustomerQueries {

    private final NamedParameterJdbcTemplate jdbc;

    private volatile Boolean postgres;

    CustomerQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Is the database PostgreSQL (JSON operators) rather than H2 (text matching of the stored document)? */
    private boolean postgres() {
        if (postgres == null) {
            postgres = jdbc.getJdbcTemplate().execute((java.sql.Connection c) ->
                    c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
        }
        return postgres;
    }

    List<String> pageOfIds(CustomerAccessPolicy.Scope scope, CustomerFilter filter, CustomerSort sort, long offset,
            int limit) {
        Where where = where(scope, filter);
        String direction = sort.ascending() ? " ASC" : " DESC";
        String order = sort.field() == CustomerSort.Field.ID
                ? "id" + direction
                : sort.field() == CustomerSort.Field.DATA
                        ? dataOrder(sort.dataKey(), direction, where.params) + ", id" + direction
                        : sort.field().column + direction + ", id" + direction;
        if (where.singleAccount && sort.field() == CustomerSort.Field.NAME) {
            // the account is fixed; naming it lets H2 read (account_id, name, id) in order instead of sorting
            order = "account_id" + direction + ", " + order;
        }
        where.params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.queryForList("SELECT id FROM customer WHERE " + where.sql + " ORDER BY " + order
                + " LIMIT :limit OFFSET :offset", where.params, String.class);
    }

    long count(CustomerAccessPolicy.Scope scope, CustomerFilter filter) {
        Where where = where(scope, filter);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE " + where.sql, where.params, Long.class);
        return n == null ? 0 : n;
    }

    /** How many customers pass, counting no further than {@code cap} (so it stays cheap at any size). */
    long countUpTo(CustomerAccessPolicy.Scope scope, CustomerFilter filter, long cap) {
        Where where = where(scope, filter);
        where.params.addValue("cap", cap);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM customer WHERE " + where.sql
                + " LIMIT :cap) capped", where.params, Long.class);
        return n == null ? 0 : n;
    }

    /** Customers of {@code accountId} in the scope whose name contains {@code search}, outside a subtree. */
    List<CustomerDetails.Crumb> candidates(CustomerAccessPolicy.Scope scope, String accountId, String excludedPath,
            String search, int limit) {
        Where where = where(scope, new CustomerFilter(search, null, Set.of(accountId), null, false, null, null, null));
        String sql = "SELECT id, name FROM customer WHERE " + where.sql;
        if (excludedPath != null) {
            sql += " AND path NOT LIKE :excluded ESCAPE '\\'";
            where.params.addValue("excluded", likePrefix(excludedPath));
        }
        where.params.addValue("limit", limit);
        return jdbc.query(sql + " ORDER BY name, id LIMIT :limit", where.params,
                (rs, i) -> new CustomerDetails.Crumb(rs.getString(1), rs.getString(2)));
    }

    /** How many direct children each of {@code ids} has (absent: none). */
    Map<String, Long> childCounts(Collection<String> ids) {
        Map<String, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        jdbc.query("SELECT parent_customer_id, COUNT(*) FROM customer WHERE parent_customer_id IN (:ids)"
                + " GROUP BY parent_customer_id", new MapSqlParameterSource("ids", ids),
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private record Where(String sql, MapSqlParameterSource params, boolean singleAccount) {}

    private Where where(CustomerAccessPolicy.Scope scope, CustomerFilter filter) {
        List<String> clauses = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (scope.accountIds() != null) {
            clauses.add("account_id IN (:scopeAccounts)");
            params.addValue("scopeAccounts", scope.accountIds());
        }
        if (scope.pathPrefix() != null) {
            clauses.add("path LIKE :scopePath ESCAPE '\\'");
            params.addValue("scopePath", likePrefix(scope.pathPrefix()));
        }
        if (filter.nameFilter() != null && !filter.nameFilter().isBlank()) {
            clauses.add("name_lower LIKE :name ESCAPE '\\'");
            params.addValue("name", likeContains(filter.nameFilter()));
        }
        if (filter.searchText() != null && !filter.searchText().isBlank()) {
            clauses.add("(name_lower LIKE :search ESCAPE '\\' OR reference_id_lower LIKE :search ESCAPE '\\')");
            params.addValue("search", likeContains(filter.searchText()));
        }
        if (!filter.accountIds().isEmpty()) {
            clauses.add("account_id IN (:accounts)");
            params.addValue("accounts", filter.accountIds());
        }
        if (!filter.parentCustomerIds().isEmpty()) {
            if (filter.shallowParent()) {
                clauses.add("parent_customer_id IN (:parents)");
                params.addValue("parents", filter.parentCustomerIds());
            } else {
                List<String> parentPaths = jdbc.queryForList("SELECT path FROM customer WHERE id IN (:ids)",
                        new MapSqlParameterSource("ids", filter.parentCustomerIds()), String.class);
                List<String> any = new ArrayList<>();
                for (int i = 0; i < parentPaths.size(); i++) {
                    any.add("path LIKE :parent" + i + " ESCAPE '\\'");
                    params.addValue("parent" + i, escapeLike(parentPaths.get(i)) + "_%");
                }
                clauses.add(any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")");
            }
        }
        if (!filter.tagIds().isEmpty()) {
            clauses.add("id IN (SELECT customer_id FROM customer_tag WHERE tag_id IN (:tags)"
                    + " GROUP BY customer_id HAVING COUNT(*) = :tagCount)");
            params.addValue("tags", filter.tagIds()).addValue("tagCount", filter.tagIds().size());
        }
        if (!filter.specificIds().isEmpty()) {
            clauses.add("id IN (:ids)");
            params.addValue("ids", filter.specificIds());
        }
        if (filter.staging() != null) {
            clauses.add("is_staging = :staging");
            params.addValue("staging", filter.staging());
        }
        int i = 0;
        for (Map.Entry<String, DataValue> member : filter.dataEquals().entrySet()) {
            if (postgres()) {
                clauses.add("CAST(data AS jsonb) -> :dataKey" + i + " = CAST(:dataValue" + i + " AS jsonb)");
                params.addValue("dataKey" + i, member.getKey()).addValue("dataValue" + i, JsonDocuments.toJson(member.getValue()));
            } else {
                clauses.add("data LIKE :dataMember" + i + " ESCAPE '\\'");
                params.addValue("dataMember" + i, "%" + escapeLike(JsonDocuments.toJson(
                        Map.of(member.getKey(), member.getValue()))).replaceAll("^\\{|\\}$", "") + "%");
            }
            i++;
        }
        boolean singleAccount = (scope.accountIds() != null && scope.accountIds().size() == 1)
                || filter.accountIds().size() == 1;
        return new Where(clauses.isEmpty() ? "1 = 1" : String.join(" AND ", clauses), params, singleAccount);
    }

    /**
     * The order by a custom-data member: on PostgreSQL its jsonb value (numbers numerically, text and
     * booleans as such); on H2, which cannot read into a JSON text, its number then its text or
     * boolean matched out of the stored document. Customers without it come last.
     */
    private String dataOrder(String key, String direction, MapSqlParameterSource params) {
        if (postgres()) {
            params.addValue("sortKey", key);
            return "CAST(data AS jsonb) -> :sortKey" + direction + " NULLS LAST";
        }
        String member = java.util.regex.Pattern.quote("\"" + key + "\":{\"");
        params.addValue("sortNumber", member + "numberValue\":(-?[0-9.Ee+-]+)\\}")
                .addValue("sortText", member + "stringValue\":\"((?:[^\"\\\\]|\\\\.)*)\"\\}")
                .addValue("sortFlag", member + "boolValue\":(true|false)\\}");
        return "CAST(REGEXP_SUBSTR(data, :sortNumber, 1, 1, 'c', 1) AS DOUBLE PRECISION)" + direction + " NULLS LAST, "
                + "COALESCE(REGEXP_SUBSTR(data, :sortText, 1, 1, 'c', 1), REGEXP_SUBSTR(data, :sortFlag, 1, 1, 'c', 1))"
                + direction + " NULLS LAST";
    }

    private static String likeContains(String text) {
        return "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    private static String likePrefix(String prefix) {
        return escapeLike(prefix) + "%";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
