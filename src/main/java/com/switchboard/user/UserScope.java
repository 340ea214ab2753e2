package com.switchboard.user;

import com.switchboard.security.Role;
import com.switchboard.security.SignedInUser;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which users someone may manage, as SQL over {@code app_user u}: an administrator every user; a
 * manager the Customer users of its accounts' customers and the Managers whose accounts are all
 * among its own (never an administrator, nor a manager of an account it does not hold); anyone
 * else nobody.
 */
record UserScope(String sql, MapSqlParameterSource params) {

    static UserScope of(SignedInUser user) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (user.role() == Role.SystemAdministrator) {
            return new UserScope("TRUE", params);
        }
        Set<String> accounts = user.accountIds();
        if (user.role() != Role.Manager || accounts.isEmpty()) {
            return new UserScope("FALSE", params);
        }
        params.addValue("scopeAccounts", accounts);
        return new UserScope("""
                ((u.role = 'Customer' AND u.customer_id IN (SELECT c.id FROM customer c
                    WHERE c.account_id IN (:scopeAccounts)))
                 OR (u.role = 'Manager'
                    AND EXISTS (SELECT 1 FROM app_user_account x WHERE x.app_user = u.id)
                    AND NOT EXISTS (SELECT 1 FROM app_user_account x WHERE x.app_user = u.id
                        AND x.account_id NOT IN (:scopeAccounts))))""", params);
    }

    boolean isAll() {
        return sql.equals("TRUE");
    }

    boolean isNone() {
        return sql.equals("FALSE");
    }
}
