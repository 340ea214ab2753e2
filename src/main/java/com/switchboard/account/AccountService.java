package com.switchboard.account;

import com.switchboard.base.domain.Channel;
import com.switchboard.base.domain.ConflictException;
import com.switchboard.base.domain.NotFoundException;
import com.switchboard.base.domain.PageResult;
import com.switchboard.base.domain.PlainText;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.security.CurrentUser;
import com.switchboard.security.Role;
import com.switchboard.security.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts, for the people who may see them: an administrator every account, a manager those it
 * manages, a customer user the account of its customer. Only administrators create, change and delete
 * accounts; every change is recorded field by field in {@code account_change}. Lists are filtered,
 * sorted and paged in SQL.
 */
@Service
@Transactional
public class AccountService {

    public static final int MAX_NAME = 200;

    private final AccountRepository accounts;
    private final NamedParameterJdbcTemplate jdbc;
    private final AccountChangeLog log;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(AccountRepository accounts, NamedParameterJdbcTemplate jdbc, AccountChangeLog log,
            CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.log = log;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The accounts the user may see whose name contains {@code nameFilter} (any case), one page of them. */
    @Transactional(readOnly = true)
    public PageResult<Account> list(String nameFilter, Collection<String> specificIds, AccountSort sort, int page,
            int size) {
        Map<String, Object> params = new HashMap<>();
        String where = scope(currentUser.require(), params);
        if (nameFilter != null && !nameFilter.isBlank()) {
            where += " AND name_lower LIKE :name ESCAPE '\\'";
            params.put("name", "%" + like(nameFilter.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (specificIds != null && !specificIds.isEmpty()) {
            where += " AND id IN (:specificIds)";
            params.put("specificIds", specificIds);
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE " + where, params, Long.class);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<String> ids = jdbc.queryForList("SELECT id FROM account WHERE " + where + " ORDER BY " + sort.orderBy()
                + " LIMIT :limit OFFSET :offset", params, String.class);
        Map<String, Account> byId = new HashMap<>();
        accounts.findAllById(ids).forEach(a -> byId.put(a.id(), a));
        List<Account> items = new ArrayList<>(ids.size());
        ids.stream().map(byId::get).filter(a -> a != null).forEach(items::add);
        return new PageResult<>(items, total == null ? 0 : total, page, size);
    }

    /**
     * One page of the accounts the user may see, as {@link #list}, each with the number of its customers
     * and users, counted in SQL.
     */
    @Transactional(readOnly = true)
    public PageResult<AccountRow> overview(String nameFilter, AccountSort sort, int page, int size) {
        PageResult<Account> accountsPage = list(nameFilter, null, sort, page, size);
        Map<String, long[]> counts = counts(accountsPage.items().stream().map(Account::id).toList());
        List<AccountRow> rows = accountsPage.items().stream().map(a -> row(a, counts.get(a.id()))).toList();
        return new PageResult<>(rows, accountsPage.totalCount(), page, size);
    }

    /** The account with the number of its customers and users, when the user may see it. */
    @Transactional(readOnly = true)
    public AccountRow row(String id) {
        Account account = visible(currentUser.require(), id);
        return row(account, counts(List.of(id)).get(id));
    }

    /** The account, when the user may see it; {@link NotFoundException} otherwise. */
    @Transactional(readOnly = true)
    public Account get(String id) {
        return visible(currentUser.require(), id);
    }

    /** A new account named {@code name}, billing nothing until its defaults are set. Administrators only. */
    public Account create(String name, Channel channel) {
        SignedInUser user = requireAdministrator();
        String checked = name(name, null);
        Account account = Account.create(UUID.randomUUID().toString(), checked, BillingSettings.FREE, now(),
                user.username());
        Account saved = save(account);
        log.field(saved.id(), saved.dateCreated(), user.username(), channel, "created", null, saved.name());
        return saved;
    }

    /** Changes what {@code change} changes of the account, recording each changed field. Administrators only. */
    public Account patch(String id, UnaryOperator<AccountEdit> change, Channel channel) {
        SignedInUser user = requireAdministrator();
        Account current = visible(user, id);
        AccountEdit edit = change.apply(AccountEdit.of(current));
        String name = Objects.equals(edit.name(), current.name()) ? current.name() : name(edit.name(), id);
        if (edit.maxPhoneNumbers() != null && edit.maxPhoneNumbers() < 0) {
            throw new ValidationException("maxPhoneNumbers", "'Max Phone Numbers' must be 0 or more, or null for no limit.");
        }
        if (edit.billingSettings() == null) {
            throw new ValidationException("billingSettings", "An account needs billing settings");
        }
        String invalid = edit.billingSettings().invalidItem();
        if (invalid != null) {
            throw new ValidationException("billingSettings", "Every amount of '" + invalid + "' must be a number of at least 0");
        }
        Account changed = current.changed(name, edit.maxPhoneNumbers(), edit.billingSettings(), now(), user.username());
        if (changed.name().equals(current.name()) && Objects.equals(changed.maxPhoneNumbers(),
                current.maxPhoneNumbers()) && changed.billingSettings().equals(current.billingSettings())) {
            return current;
        }
        Account saved = save(changed);
        Instant at = saved.dateLastModified();
        log.field(id, at, user.username(), channel, "name", current.name(), saved.name());
        log.field(id, at, user.username(), channel, "maxPhoneNumbers", current.maxPhoneNumbers(),
                saved.maxPhoneNumbers());
        log.field(id, at, user.username(), channel, "billingSettings", current.billingSettings(),
                saved.billingSettings());
        return saved;
    }

    /**
     * As {@link #patch(String, UnaryOperator, Channel)}, but only when the account is still at
     * {@code expectedVersion}: a change by someone else since is {@link OptimisticLockingFailureException},
     * and nothing changes.
     */
    public Account patch(String id, long expectedVersion, UnaryOperator<AccountEdit> change, Channel channel) {
        requireAdministrator();
        Account current = visible(currentUser.require(), id);
        if (current.version() == null || current.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Account " + id + " changed since version " + expectedVersion);
        }
        return patch(id, change, channel);
    }

    /**
     * Deletes an account that holds no customers and no users (its tag catalogue goes with it);
     * {@link ConflictException} saying what is left otherwise. Administrators only.
     */
    public void delete(String id, Channel channel) {
        SignedInUser user = requireAdministrator();
        Account account = visible(user, id);
        Map<String, Object> params = Map.of("id", id);
        AccountRow row = row(account, counts(List.of(id)).get(id));
        if (!row.isEmpty()) {
            throw new ConflictException("NotEmpty", row.whatIsLeft());
        }
        jdbc.update("DELETE FROM tag WHERE account_id = :id", params);
        accounts.delete(account);
        log.field(id, now(), user.username(), channel, "deleted", account.name(), null);
    }

    private static AccountRow row(Account account, long[] counts) {
        return counts == null ? new AccountRow(account, 0, 0) : new AccountRow(account, counts[0], counts[1]);
    }

    /** The number of customers and users of each of the accounts, counted in one query. */
    private Map<String, long[]> counts(List<String> ids) {
        Map<String, long[]> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        jdbc.query("SELECT a.id,"
                + " (SELECT COUNT(*) FROM customer c WHERE c.account_id = a.id) AS customers,"
                + " (SELECT COUNT(*) FROM app_user_account m WHERE m.account_id = a.id)"
                + " + (SELECT COUNT(*) FROM app_user u JOIN customer c ON c.id = u.customer_id"
                + " WHERE c.account_id = a.id) AS users"
                + " FROM account a WHERE a.id IN (:ids)", Map.of("ids", ids),
                rs -> {
                    counts.put(rs.getString("id"), new long[] {rs.getLong("customers"), rs.getLong("users")});
                });
        return counts;
    }

    private Account visible(SignedInUser user, String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        boolean reachable = id != null && count("SELECT COUNT(*) FROM account WHERE " + scope(user, params)
                + " AND id = :id", params) > 0;
        return (reachable ? accounts.findById(id) : Optional.<Account>empty())
                .orElseThrow(() -> new NotFoundException("Account '" + id + "' does not exist"));
    }

    /** The SQL condition of the accounts {@code user} may see, its parameters put into {@code params}. */
    private static String scope(SignedInUser user, Map<String, Object> params) {
        return switch (user.role()) {
            case SystemAdministrator -> "1 = 1";
            case Manager -> {
                if (user.accountIds().isEmpty()) {
                    yield "1 = 0";
                }
                params.put("scope", user.accountIds());
                yield "id IN (:scope)";
            }
            case Customer -> {
                params.put("scope", user.customerId());
                yield "id = (SELECT account_id FROM customer WHERE id = :scope)";
            }
        };
    }

    private SignedInUser requireAdministrator() {
        SignedInUser user = currentUser.require();
        if (user.role() != Role.SystemAdministrator) {
            throw new AccessDeniedException("Only system administrators change accounts");
        }
        return user;
    }

    /** The name stripped, 1 to 200 characters, used by no other account (without regard to case). */
    private String name(String name, String exceptId) {
        String stripped = name == null ? "" : name.strip();
        PlainText.require("name", "Name", stripped, false);
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new ValidationException("name", "'Name' must have 1 to " + MAX_NAME + " characters.");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("name", stripped.toLowerCase(Locale.ROOT));
        params.put("id", exceptId == null ? "" : exceptId);
        if (count("SELECT COUNT(*) FROM account WHERE name_lower = :name AND id <> :id", params) > 0) {
            throw taken(stripped);
        }
        return stripped;
    }

    private Account save(Account account) {
        try {
            return accounts.save(account);
        } catch (DuplicateKeyException raced) {
            throw taken(account.name());
        }
    }

    private static ValidationException taken(String name) {
        return new ValidationException("name", "An account named '" + name + "' exists already");
    }

    private long count(String sql, Map<String, ?> params) {
        Long n = jdbc.queryForObject(sql, params, Long.class);
        return n == null ? 0 : n;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
