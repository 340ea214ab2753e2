package com.switchboard.account;

import com.switchboard.base.domain.Channel;
import com.switchboard.base.domain.JsonDocuments;
import com.switchboard.security.CurrentUser;
import com.switchboard.security.Role;
import com.switchboard.security.SignedInUser;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schema of each account's customers' custom data ({@code account_settings.customer_fields}):
 * everyone who sees the account reads it, its managers and the administrators replace it. Every
 * replacement is recorded in the account's history.
 */
@Service
@Transactional
public class CustomerFieldSchema {

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final AccountChangeLog log;
    private final CurrentUser currentUser;
    private final Clock clock;

    CustomerFieldSchema(JdbcClient jdbc, AccountService accounts, AccountChangeLog log, CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.log = log;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The schema of an account the user sees; {@link com.switchboard.base.domain.NotFoundException} otherwise. */
    @Transactional(readOnly = true)
    public CustomerFields read(String accountId) {
        accounts.get(accountId);
        return of(accountId);
    }

    /**
     * The schema customers of {@code accountId} are held to, for the domain's own checks of a
     * customer the caller already reaches (no access check of its own).
     */
    @Transactional(readOnly = true)
    public CustomerFields of(String accountId) {
        return jdbc.sql("SELECT customer_fields FROM account_settings WHERE account_id = ?").param(accountId)
                .query(String.class).optional().map(json -> JsonDocuments.fromJson(json, CustomerFields.class))
                .orElse(CustomerFields.NONE);
    }

    /**
     * Replaces the schema of an account the user manages (administrators: any account), the fields
     * checked by {@link CustomerFieldRules#checked} and named {@code customerFields[i].…} when invalid.
     * Customer users may not (even for their own account); an account out of reach is not found.
     */
    public CustomerFields replace(String accountId, List<CustomerField> fields, Channel channel) {
        SignedInUser user = requireWriter(accountId);
        CustomerFields replaced = new CustomerFields(CustomerFieldRules.checked("customerFields", fields));
        CustomerFields before = of(accountId);
        if (replaced.equals(before)) {
            return before;
        }
        String json = JsonDocuments.toJson(replaced);
        int updated = jdbc.sql("UPDATE account_settings SET customer_fields = ?, version = version + 1 WHERE account_id = ?")
                .params(json, accountId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO account_settings (account_id, customer_fields, version) VALUES (?, ?, 0)")
                    .params(accountId, json).update();
        }
        log.field(accountId, clock.instant().truncatedTo(ChronoUnit.MILLIS), user.username(), channel,
                "customerFields", JsonDocuments.toJson(before), json);
        return replaced;
    }

    /**
     * Holds the account's row until the transaction ends, so that changes of its settings happen one
     * after the other: a check of what they start from stays true until they are written.
     */
    public void lockSettings(String accountId) {
        jdbc.sql("SELECT id FROM account WHERE id = ? FOR UPDATE").param(accountId).query(String.class).optional();
    }

    /**
     * The user, when they may change the settings of {@code accountId}: an administrator, or a manager
     * of it. An account out of reach is not found; customer users are refused.
     */
    public SignedInUser requireWriter(String accountId) {
        accounts.get(accountId);
        SignedInUser user = currentUser.require();
        if (user.role() == Role.Customer) {
            throw new AccessDeniedException("Only managers of the account change its settings");
        }
        return user;
    }
}
