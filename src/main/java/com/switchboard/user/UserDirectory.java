package com.switchboard.user;

import com.switchboard.security.CurrentUser;
import com.switchboard.security.Role;
import com.switchboard.security.SignedInUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users someone may manage ({@link UserScope}), filtered and paged in SQL. */
@Service
public class UserDirectory {

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserDirectory(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A page of the users the signed-in user may manage, by username. */
    @Transactional(readOnly = true)
    public List<UserRow> list(UserFilter filter, long offset, int limit) {
        return list(filter, UserSort.BY_USERNAME, offset, limit);
    }

    /** A page of the users the signed-in user may manage, in the order asked for. */
    @Transactional(readOnly = true)
    public List<UserRow> list(UserFilter filter, UserSort sort, long offset, int limit) {
        Where where = where(UserScope.of(currentUser.require()), filter);
        where.params.addValue("limit", limit).addValue("offset", offset);
        return rows("SELECT " + COLUMNS + FROM + "WHERE " + where.sql + " ORDER BY " + sort.orderBy()
                + " LIMIT :limit OFFSET :offset", where.params);
    }

    @Transactional(readOnly = true)
    public long count(UserFilter filter) {
        Where where = where(UserScope.of(currentUser.require()), filter);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM app_user u WHERE " + where.sql, where.params, Long.class);
        return n == null ? 0 : n;
    }

    /** The user with this id, if the signed-in user may manage it. */
    @Transactional(readOnly = true)
    public Optional<UserRow> find(long id) {
        return find(currentUser.require(), id);
    }

    Optional<UserRow> find(SignedInUser actor, long id) {
        Where where = where(UserScope.of(actor), UserFilter.ALL);
        where.params.addValue("id", id);
        return rows("SELECT " + COLUMNS + FROM + "WHERE " + where.sql + " AND u.id = :id", where.params).stream()
                .findFirst();
    }

    /** Usernames the signed-in user may manage; null when that is everyone (an administrator). */
    Set<String> manageableUsernames(SignedInUser actor) {
        UserScope scope = UserScope.of(actor);
        if (scope.isAll()) {
            return null;
        }
        if (scope.isNone()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.queryForList("SELECT u.username FROM app_user u WHERE " + scope.sql(),
                scope.params(), String.class));
    }

    /** A customer user's account is its customer's: listed as its one account. */
    private static final String FROM = " FROM app_user u LEFT JOIN customer c ON c.id = u.customer_id"
            + " LEFT JOIN account ca ON ca.id = c.account_id ";

    private static final String COLUMNS = "u.id, u.username, u.display_name, u.email, u.role, u.enabled, "
            + "u.must_change_password, u.customer_id, c.name AS customer_name, c.account_id AS customer_account_id, "
            + "ca.name AS customer_account_name, EXISTS (SELECT 1 FROM sign_in_throttle t"
            + " WHERE t.throttle_key = CONCAT('user:', LOWER(u.username)) AND t.locked_until > :now) AS locked";

    private record Where(String sql, MapSqlParameterSource params) {}

    private Where where(UserScope scope, UserFilter filter) {
        MapSqlParameterSource params = scope.params();
        params.addValue("now", Timestamp.from(clock.instant()));
        StringBuilder sql = new StringBuilder(scope.sql());
        if (filter.search() != null && !filter.search().isBlank()) {
            sql.append(" AND (LOWER(u.username) LIKE :search ESCAPE '\\' OR LOWER(COALESCE(u.display_name, ''))"
                    + " LIKE :search ESCAPE '\\' OR LOWER(COALESCE(u.email, '')) LIKE :search ESCAPE '\\')");
            params.addValue("search", "%" + escapeLike(filter.search()) + "%");
        }
        if (filter.role() != null) {
            sql.append(" AND u.role = :role");
            params.addValue("role", filter.role().name());
        }
        if (!filter.accountIds().isEmpty()) {
            sql.append(" AND (EXISTS (SELECT 1 FROM app_user_account x WHERE x.app_user = u.id"
                    + " AND x.account_id IN (:accounts)) OR u.customer_id IN (SELECT cc.id FROM customer cc"
                    + " WHERE cc.account_id IN (:accounts)))");
            params.addValue("accounts", filter.accountIds());
        }
        if (filter.email() != null && !filter.email().isBlank()) {
            sql.append(" AND LOWER(COALESCE(u.email, '')) LIKE :email ESCAPE '\\'");
            params.addValue("email", "%" + escapeLike(filter.email()) + "%");
        }
        if (!filter.ids().isEmpty()) {
            sql.append(" AND u.id IN (:ids)");
            params.addValue("ids", filter.ids());
        }
        return new Where(sql.toString(), params);
    }

    private static String escapeLike(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private List<UserRow> rows(String sql, MapSqlParameterSource params) {
        List<Object[]> base = jdbc.query(sql, params, UserDirectory::base);
        List<Long> ids = base.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<String[]>> accounts = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("SELECT x.app_user, x.account_id, a.name FROM app_user_account x JOIN account a"
                    + " ON a.id = x.account_id WHERE x.app_user IN (:ids) ORDER BY a.name",
                    new MapSqlParameterSource("ids", ids), rs -> {
                        accounts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new String[] {rs.getString(2), rs.getString(3)});
                    });
        }
        return base.stream().map(r -> {
            List<String[]> own = r[10] == null ? accounts.getOrDefault((Long) r[0], List.of())
                    : List.<String[]>of(new String[] {(String) r[10], (String) r[11]});
            Set<String> accountIds = new LinkedHashSet<>();
            List<String> names = new ArrayList<>();
            own.forEach(a -> {
                accountIds.add(a[0]);
                names.add(a[1]);
            });
            return new UserRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], Role.valueOf((String) r[4]),
                    (Boolean) r[5], (Boolean) r[9], (Boolean) r[6], accountIds, names, (String) r[7], (String) r[8]);
        }).toList();
    }

    private static Object[] base(ResultSet rs, int i) throws SQLException {
        return new Object[] {rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("role"), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), rs.getString("customer_id"), rs.getString("customer_name"),
                rs.getBoolean("locked"), rs.getString("customer_account_id"), rs.getString("customer_account_name")};
    }
}
