package com.switchboard.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Users come from the {@code app_user} table: a {@link SignedInUser} with its accounts and whether
 * its password must change, read in one statement, by name (for a sign-in) or by id (for the
 * remembered credentials of {@link VerifiedCredentials}).
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private static final String SELECT = "SELECT u.id, u.username, u.password_hash, u.enabled, u.role, u.customer_id, "
            + "u.display_name, u.email, u.version, u.must_change_password, a.account_id FROM app_user u "
            + "LEFT JOIN app_user_account a ON a.app_user = u.id WHERE ";

    private final JdbcClient jdbc;

    DatabaseUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        SignedInUser user = one(jdbc.sql(SELECT + "u.username = ?").param(username).query(Row::read).list());
        if (user == null) {
            throw new UsernameNotFoundException("No such user");
        }
        return user;
    }

    /** The user with this id as of now; null when there is none. */
    SignedInUser byId(long id) {
        return one(jdbc.sql(SELECT + "u.id = ?").param(id).query(Row::read).list());
    }

    private record Row(SignedInUser user, String accountId) {
        static Row read(ResultSet rs, int n) throws SQLException {
            return new Row(new SignedInUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                    rs.getBoolean("enabled"), Role.valueOf(rs.getString("role")), Set.of(), rs.getString("customer_id"),
                    rs.getString("display_name"), rs.getString("email"), rs.getLong("version"),
                    rs.getBoolean("must_change_password")), rs.getString("account_id"));
        }
    }

    private static SignedInUser one(List<Row> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        Set<String> accounts = new HashSet<>();
        for (Row row : rows) {
            if (row.accountId() != null) {
                accounts.add(row.accountId());
            }
        }
        return rows.get(0).user().withAccountIds(accounts);
    }
}
