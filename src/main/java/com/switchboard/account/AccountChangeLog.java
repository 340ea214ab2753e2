package com.switchboard.account;

import com.switchboard.base.domain.Channel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The history of the accounts: one row per changed field, in the transaction of the change. */
@Component
public class AccountChangeLog {

    private final JdbcClient jdbc;

    AccountChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records {@code field} changing from {@code before} to {@code after}; nothing when they are equal. */
    public void field(String accountId, Instant at, String by, Channel channel, String field, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return;
        }
        jdbc.sql("""
                INSERT INTO account_change (account_id, changed_at, changed_by, channel, field, old_value, new_value)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(accountId, Timestamp.from(at), by, channel.name(), field, text(before), text(after))
                .update();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
