package com.switchboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.switchboard.Demo;
import com.switchboard.IntegrationTest;
import com.switchboard.base.domain.Channel;
import com.switchboard.base.domain.ConflictException;
import com.switchboard.base.domain.NotFoundException;
import com.switchboard.customer.CustomerEditing;
import com.switchboard.customer.NewCustomer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the Accounts view reads of the account service: pages of accounts with their customers and
 * users counted in SQL, one account with its counts, and a patch that holds only on the version the
 * edit started from; each scoped by role, refusals changing nothing.
 */
@IntegrationTest
class AccountOverviewTest {

    @Autowired AccountService accounts;
    @Autowired CustomerEditing editing;
    @Autowired Demo demo;
    @Autowired JdbcTemplate jdbc;

    private final List<String> made = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        demo.signOut();
        for (String id : made) {
            jdbc.update("DELETE FROM app_user WHERE customer_id IN (SELECT id FROM customer WHERE account_id = ?)", id);
            jdbc.update("DELETE FROM app_user_account WHERE account_id = ?", id);
            jdbc.update("DELETE FROM customer WHERE account_id = ? AND parent_customer_id IS NOT NULL", id);
            jdbc.update("DELETE FROM customer WHERE account_id = ?", id);
            jdbc.update("DELETE FROM account WHERE id = ?", id);
        }
    }

    private Account created(String name) {
        demo.signIn("admin");
        Account account = accounts.create(name, Channel.UI);
        made.add(account.id());
        return account;
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private long changes(String accountId) {
        return count("SELECT COUNT(*) FROM account_change WHERE account_id = ?", accountId);
    }

    @Test
    void the_overview_counts_customers_and_users_the_managers_and_the_customer_users_alike() {
        String prefix = "Overview " + UUID.randomUUID();
        Account account = created(prefix + " counted");
        var customer = editing.create(new NewCustomer(account.id(), null, "Counted customer", null), Channel.UI);
        editing.create(new NewCustomer(account.id(), customer.id(), "Counted child", null), Channel.UI);
        jdbc.update("INSERT INTO app_user (username, password_hash, enabled, role, customer_id, version)"
                + " VALUES (?, 'x', TRUE, 'Customer', ?, 0)", "cu-" + account.id(), customer.id());
        jdbc.update("INSERT INTO app_user (username, password_hash, enabled, role, version)"
                + " VALUES (?, 'x', TRUE, 'Manager', 0)", "mgr-" + account.id());
        jdbc.update("INSERT INTO app_user_account (app_user, account_id) SELECT id, ? FROM app_user WHERE username = ?",
                account.id(), "mgr-" + account.id());
        Account empty = created(prefix + " empty");

        var page = accounts.overview(prefix, AccountSort.BY_NAME, 0, 10);

        assertThat(page.totalCount()).isEqualTo(2);
        assertThat(page.items()).extracting(r -> r.account().id()).containsExactly(account.id(), empty.id());
        assertThat(page.items().get(0).customers()).isEqualTo(2);
        assertThat(page.items().get(0).users()).isEqualTo(2);
        assertThat(page.items().get(1).customers()).isZero();
        assertThat(page.items().get(1).users()).isZero();
        assertThat(page.items().get(1).whatIsLeft()).isNull();
        assertThat(accounts.row(account.id()).whatIsLeft())
                .isEqualTo("Account '" + prefix + " counted' still holds 2 customers and 2 users; move or delete them first");
        assertThatThrownBy(() -> accounts.delete(account.id(), Channel.UI)).isInstanceOf(ConflictException.class)
                .hasMessage(accounts.row(account.id()).whatIsLeft());
    }

    @Test
    void the_overview_of_the_demo_account_matches_its_tables() {
        demo.signIn("admin");
        String acme = demo.accountId("Acme Telecom");
        AccountRow row = accounts.overview("Acme Telecom", AccountSort.BY_NAME, 0, 10).items().stream()
                .filter(r -> r.account().id().equals(acme)).findFirst().orElseThrow();
        assertThat(row.customers()).isEqualTo(count("SELECT COUNT(*) FROM customer WHERE account_id = ?", acme));
        assertThat(row.users()).isEqualTo(count("SELECT COUNT(*) FROM app_user_account WHERE account_id = ?", acme)
                + count("SELECT COUNT(*) FROM app_user u JOIN customer c ON c.id = u.customer_id WHERE c.account_id = ?",
                        acme)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_overview_is_filtered_sorted_and_paged_in_sql() {
        String prefix = "Paged " + UUID.randomUUID();
        Account a = created(prefix + " a");
        Account b = created(prefix + " b");
        Account c = created(prefix + " c");
        var descending = new AccountSort(AccountSort.Field.NAME, false);
        assertThat(accounts.overview(prefix, descending, 0, 2).items()).extracting(r -> r.account().id())
                .containsExactly(c.id(), b.id());
        var second = accounts.overview(prefix, descending, 1, 2);
        assertThat(second.items()).extracting(r -> r.account().id()).containsExactly(a.id());
        assertThat(second.totalCount()).isEqualTo(3);
        assertThat(accounts.overview(prefix + " b", AccountSort.BY_NAME, 0, 10).items()).hasSize(1);
    }

    /** Every role on its own and on another account: what the overview and the page show. */
    @ParameterizedTest(name = "{0} reads {1}: {2}")
    @CsvSource({"admin, Acme Telecom, true", "admin, Globex Voice, true", "manager, Acme Telecom, true",
            "manager, Globex Voice, false", "globex, Globex Voice, true", "globex, Acme Telecom, false",
            "customer, Acme Telecom, true", "customer, Globex Voice, false"})
    void reading_is_scoped_by_role(String user, String accountName, boolean reaches) {
        String id = demo.accountId(accountName);
        demo.signIn(user);
        boolean listed = accounts.overview(null, AccountSort.BY_NAME, 0, 1000).items().stream()
                .anyMatch(r -> r.account().id().equals(id));
        assertThat(listed).isEqualTo(reaches);
        if (reaches) {
            assertThat(accounts.row(id).account().name()).isEqualTo(accountName);
        } else {
            assertThatThrownBy(() -> accounts.row(id)).isInstanceOf(NotFoundException.class);
        }
    }

    /** Every role on its own and on another account: only an administrator changes one, refusals change nothing. */
    @ParameterizedTest(name = "{0} patches {1}: {2}")
    @CsvSource({"admin, Acme Telecom, allowed", "admin, Globex Voice, allowed", "manager, Acme Telecom, denied",
            "manager, Globex Voice, denied", "globex, Globex Voice, denied", "globex, Acme Telecom, denied",
            "customer, Acme Telecom, denied", "customer, Globex Voice, denied"})
    void only_administrators_patch_on_a_version(String user, String accountName, String outcome) {
        String id = demo.accountId(accountName);
        demo.signIn("admin");
        Account before = accounts.get(id);
        long changesBefore = changes(id);
        demo.signIn(user);
        Integer limit = before.maxPhoneNumbers() == null ? 7 : before.maxPhoneNumbers() + 1;
        try {
            if (outcome.equals("allowed")) {
                Account saved = accounts.patch(id, before.version(),
                        e -> new AccountEdit(e.name(), limit, e.billingSettings()), Channel.UI);
                assertThat(saved.maxPhoneNumbers()).isEqualTo(limit);
                assertThat(changes(id)).isEqualTo(changesBefore + 1);
            } else {
                assertThatThrownBy(() -> accounts.patch(id, before.version(),
                        e -> new AccountEdit(e.name(), limit, e.billingSettings()), Channel.UI))
                        .isInstanceOf(AccessDeniedException.class);
                demo.signIn("admin");
                assertThat(accounts.get(id)).isEqualTo(before);
                assertThat(changes(id)).isEqualTo(changesBefore);
            }
        } finally {
            demo.signIn("admin");
            Account now = accounts.get(id);
            accounts.patch(id, now.version(), e -> new AccountEdit(e.name(), before.maxPhoneNumbers(),
                    e.billingSettings()), Channel.UI);
        }
    }

    @Test
    void a_patch_on_an_older_version_is_refused_and_changes_nothing() {
        Account account = created("Raced " + UUID.randomUUID());
        Account theirs = accounts.patch(account.id(), account.version(),
                e -> new AccountEdit(e.name() + " (theirs)", e.maxPhoneNumbers(), e.billingSettings()), Channel.UI);
        long changesBefore = changes(account.id());

        assertThatThrownBy(() -> accounts.patch(account.id(), account.version(),
                e -> new AccountEdit(e.name() + " (mine)", 5, e.billingSettings()), Channel.UI))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(accounts.get(account.id())).isEqualTo(theirs);
        assertThat(changes(account.id())).isEqualTo(changesBefore);
        assertThat(accounts.patch(account.id(), theirs.version(),
                e -> new AccountEdit(e.name(), 5, e.billingSettings()), Channel.UI).maxPhoneNumbers()).isEqualTo(5);
    }
}
