package com.switchboard.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.switchboard.Dialogs;
import com.switchboard.KaribuTest;
import com.switchboard.account.Account;
import com.switchboard.account.AccountEdit;
import com.switchboard.account.AccountRow;
import com.switchboard.account.AccountService;
import com.switchboard.base.domain.Channel;
import com.switchboard.base.ui.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Accounts view and an account's page: an administrator creates, renames, sets billing defaults
 * and the phone number limit, deletes an empty account or reads why not, and never overwrites a change
 * made meanwhile; managers and customer users see their own account read-only.
 */
class AccountsViewTest extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    private final List<String> names = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        names.forEach(n -> jdbc.update("DELETE FROM account WHERE name_lower = ?", n.toLowerCase()));
    }

    private String unique(String what) {
        String name = what + " " + UUID.randomUUID().toString().substring(0, 8);
        names.add(name);
        return name;
    }

    private Account account(String name) {
        return jdbc.query("SELECT id FROM account WHERE name = ?", (rs, i) -> rs.getString(1), name).stream()
                .findFirst().map(id -> {
                    signIn("admin");
                    return accounts.get(id);
                }).orElse(null);
    }

    private Account createdByService(String name) {
        signIn("admin");
        return accounts.create(name, Channel.API);
    }

    private static List<AccountRow> rows(AccountsView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    private static AccountView page(String accountId) {
        UI.getCurrent().navigate("portal/accounts/" + accountId);
        return _get(AccountView.class);
    }

    @Test
    void an_administrator_sees_every_account_with_its_customers_and_users() {
        signIn("admin");
        navigate("portal/accounts");
        AccountsView view = _get(AccountsView.class);
        String acme = demo.accountId("Acme Telecom");
        AccountRow row = rows(view).stream().filter(r -> r.account().id().equals(acme)).findFirst().orElseThrow();
        assertThat(row.customers()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE account_id = ?",
                Long.class, acme));
        assertThat(row.users()).isPositive();
        assertThat(rows(view)).extracting(r -> r.account().name()).contains("Acme Telecom", "Globex Voice");
        assertThat(view.create.isVisible()).isTrue();

        view.search.setValue("globex");
        assertThat(rows(view)).extracting(r -> r.account().name()).containsExactly("Globex Voice");
    }

    @Test
    void managers_and_customer_users_see_only_their_account_and_cannot_create() {
        for (String user : List.of("manager", "customer")) {
            signIn(user);
            navigate("portal/accounts");
            AccountsView view = _get(AccountsView.class);
            assertThat(rows(view)).as(user).extracting(r -> r.account().name()).containsExactly("Acme Telecom");
            assertThat(view.create.isVisible()).as(user).isFalse();
        }
        signIn("globex");
        navigate("portal/accounts");
        assertThat(rows(_get(AccountsView.class))).extracting(r -> r.account().name()).containsExactly("Globex Voice");
    }

    @Test
    void every_role_finds_accounts_in_the_side_navigation() {
        for (String user : List.of("admin", "manager", "customer")) {
            signIn(user);
            navigate("portal/accounts");
            assertThat(_find(SideNavItem.class)).as(user).extracting(SideNavItem::getLabel).contains("Accounts");
            assertThat(_find(MainLayout.class)).hasSize(1);
        }
    }

    @Test
    void an_administrator_creates_an_account_in_the_dialog_and_lands_on_its_page() {
        signIn("admin");
        navigate("portal/accounts");
        _click(_get(AccountsView.class).create);
        NewAccountDialog dialog = _get(NewAccountDialog.class);
        dialog.name.setValue("acme telecom");
        _click(dialog.create);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("An account named 'acme telecom' exists already");

        String name = unique("Initech");
        dialog.name.setValue(name);
        _click(dialog.create);

        Account created = account(name);
        assertThat(created).isNotNull();
        AccountView page = _get(AccountView.class);
        assertThat(page.title.getText()).isEqualTo(name);
        assertThat(page.contents.getText()).startsWith("0 customers · 0 users · created ");
        assertThat(Dialogs.notifications()).contains("Account " + name + " created");
    }

    @Test
    void an_administrator_renames_an_account_and_sets_its_limit_and_billing_defaults() {
        Account account = createdByService(unique("Rename me"));
        AccountView page = page(account.id());
        assertThat(page.actions.save.isEnabled()).isFalse();

        String renamed = unique("Renamed");
        page.details.name.setValue(renamed);
        page.details.maxPhoneNumbers.setValue(40);
        page.billing.field("localNumbers", 2).setValue(1.25);
        assertThat(page.actions.save.isEnabled()).isTrue();
        assertThat(page.actions.unsaved.isVisible()).isTrue();
        _click(page.actions.save);

        Account saved = accounts.get(account.id());
        assertThat(saved.name()).isEqualTo(renamed);
        assertThat(saved.maxPhoneNumbers()).isEqualTo(40);
        assertThat(saved.billingSettings().localNumbers().unitCost()).isEqualTo(1.25);
        assertThat(saved.billingSettings().base()).isEqualTo(account.billingSettings().base());
        assertThat(page.title.getText()).isEqualTo(renamed);
        assertThat(page.actions.save.isEnabled()).isFalse();
        assertThat(jdbc.queryForList("SELECT field FROM account_change WHERE account_id = ? AND channel = 'UI'",
                String.class, account.id())).contains("name", "maxPhoneNumbers", "billingSettings");

        page.details.maxPhoneNumbers.clear();
        _click(page.actions.save);
        assertThat(accounts.get(account.id()).maxPhoneNumbers()).isNull();
    }

    @Test
    void invalid_values_are_marked_and_nothing_is_saved() {
        Account account = createdByService(unique("Invalid"));
        AccountView page = page(account.id());
        page.details.name.setValue("  ");
        page.billing.field("aiInsights", 0).setValue(-1.0);
        _click(page.actions.save);
        assertThat(page.details.name.isInvalid()).isTrue();
        assertThat(page.billing.field("aiInsights", 0).isInvalid()).isTrue();
        assertThat(accounts.get(account.id())).isEqualTo(account);

        page.details.name.setValue("Acme TELECOM");
        page.billing.field("aiInsights", 0).setValue(1.0);
        _click(page.actions.save);
        assertThat(page.details.name.getErrorMessage()).isEqualTo("An account named 'Acme TELECOM' exists already");
        assertThat(accounts.get(account.id())).isEqualTo(account);
    }

    @Test
    void cancel_puts_back_what_is_stored() {
        Account account = createdByService(unique("Cancelled"));
        AccountView page = page(account.id());
        page.details.name.setValue("Something else");
        _click(page.actions.cancel);
        assertThat(page.details.name.getValue()).isEqualTo(account.name());
        assertThat(page.actions.save.isEnabled()).isFalse();
    }

    @Test
    void delete_is_refused_with_what_is_left() {
        signIn("admin");
        AccountView page = page(demo.accountId("Acme Telecom"));
        assertThat(page.actions.delete.isEnabled()).isFalse();
        assertThat(page.actions.deleteReason.isVisible()).isTrue();
        assertThat(page.actions.deleteReason.getText())
                .matches("Account 'Acme Telecom' still holds \\d+ customers and \\d+ users?; move or delete them first");
    }

    @Test
    void an_empty_account_is_deleted_after_confirming() {
        Account account = createdByService(unique("Delete me"));
        AccountView page = page(account.id());
        assertThat(page.actions.delete.isEnabled()).isTrue();
        assertThat(page.actions.deleteReason.isVisible()).isFalse();
        _click(page.actions.delete);
        ConfirmDialog confirm = Dialogs.confirmDialog();
        assertThat(Dialogs.header(confirm)).isEqualTo("Delete " + account.name() + "?");
        Dialogs.confirm(confirm);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE id = ?", Long.class, account.id())).isZero();
        assertThat(_find(AccountsView.class)).hasSize(1);
        assertThat(Dialogs.notifications()).contains("Account " + account.name() + " deleted");
    }

    @Test
    void a_delete_refused_because_the_account_filled_up_meanwhile_says_what_is_left_and_keeps_it() {
        Account account = createdByService(unique("Filled"));
        AccountView page = page(account.id());
        assertThat(page.actions.delete.isEnabled()).isTrue();
        jdbc.update("INSERT INTO app_user_account (app_user, account_id) SELECT id, ? FROM app_user"
                + " WHERE username = 'globex'", account.id());
        try {
            _click(page.actions.delete);
            Dialogs.confirm(Dialogs.confirmDialog());
            String left = "Account '" + account.name() + "' still holds 0 customers and 1 user; move or delete them first";
            assertThat(Dialogs.notifications()).contains(left);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE id = ?", Long.class, account.id()))
                    .isOne();
            assertThat(page.actions.delete.isEnabled()).isFalse();
            assertThat(page.actions.deleteReason.getText()).isEqualTo(left);
        } finally {
            jdbc.update("DELETE FROM app_user_account WHERE account_id = ?", account.id());
        }
    }

    @Test
    void a_save_that_lost_a_race_overwrites_nothing_and_offers_to_reload_or_keep_the_edits() {
        Account account = createdByService(unique("Raced"));
        AccountView page = page(account.id());
        String theirName = unique("Theirs");
        accounts.patch(account.id(), e -> new AccountEdit(theirName, e.maxPhoneNumbers(), e.billingSettings()),
                Channel.API);

        page.details.maxPhoneNumbers.setValue(12);
        _click(page.actions.save);
        ConfirmDialog conflict = Dialogs.confirmDialog();
        assertThat(Dialogs.header(conflict)).isEqualTo("Someone else changed this account");
        assertThat(Dialogs.text(conflict)).startsWith("admin saved a newer version at ").contains("not saved");
        assertThat(accounts.get(account.id()).maxPhoneNumbers()).isNull();
        assertThat(accounts.get(account.id()).name()).isEqualTo(theirName);

        Dialogs.reject(conflict);
        assertThat(page.details.maxPhoneNumbers.getValue()).isEqualTo(12);
        assertThat(page.details.name.getValue()).isEqualTo(account.name());
        assertThat(page.actions.save.isEnabled()).isTrue();
        page.details.name.setValue(theirName);
        _click(page.actions.save);
        Account saved = accounts.get(account.id());
        assertThat(saved.maxPhoneNumbers()).isEqualTo(12);
        assertThat(saved.name()).isEqualTo(theirName);

        accounts.patch(account.id(), e -> new AccountEdit(e.name(), 99, e.billingSettings()), Channel.API);
        page.details.maxPhoneNumbers.setValue(13);
        _click(page.actions.save);
        Dialogs.confirm(Dialogs.confirmDialog());
        assertThat(page.details.maxPhoneNumbers.getValue()).isEqualTo(99);
        assertThat(page.actions.save.isEnabled()).isFalse();
    }

    @Test
    void leaving_with_unsaved_edits_asks_first() {
        Account account = createdByService(unique("Unsaved"));
        AccountView page = page(account.id());
        page.details.name.setValue("Not saved yet");
        navigate("portal/accounts");
        ConfirmDialog leave = Dialogs.confirmDialog();
        assertThat(Dialogs.header(leave)).isEqualTo("Leave without saving?");
        Dialogs.cancel(leave);
        assertThat(_find(AccountView.class)).hasSize(1);
        assertThat(page.details.name.getValue()).isEqualTo("Not saved yet");

        navigate("portal/accounts");
        Dialogs.confirm(Dialogs.confirmDialog());
        assertThat(_find(AccountsView.class)).hasSize(1);
        assertThat(accounts.get(account.id()).name()).isEqualTo(account.name());
    }

    @Test
    void managers_and_customer_users_see_their_account_read_only() {
        String acme = demo.accountId("Acme Telecom");
        for (String user : List.of("manager", "customer")) {
            signIn(user);
            AccountView page = page(acme);
            assertThat(page.title.getText()).as(user).isEqualTo("Acme Telecom");
            assertThat(page.details.name.isReadOnly()).as(user).isTrue();
            assertThat(page.details.maxPhoneNumbers.isReadOnly()).as(user).isTrue();
            assertThat(page.billing.field("base", 0).isReadOnly()).as(user).isTrue();
            assertThat(page.actions.isVisible()).as(user).isFalse();
            assertThat(page.readOnlyNote.isVisible()).as(user).isTrue();
            assertThat(page.readOnlyNote.getText()).isEqualTo(AccountView.READ_ONLY);
        }
        signIn("admin");
        AccountView page = page(acme);
        assertThat(page.details.name.isReadOnly()).isFalse();
        assertThat(page.actions.isVisible()).isTrue();
        assertThat(page.readOnlyNote.isVisible()).isFalse();
    }

    @Test
    void another_account_is_not_found_for_managers_and_customer_users() {
        String globex = demo.accountId("Globex Voice");
        for (String user : List.of("manager", "customer")) {
            signIn(user);
            UI.getCurrent().navigate("portal/accounts/" + globex);
            AccountView page = _get(AccountView.class);
            assertThat(page.getPageTitle()).as(user).isEqualTo("Account not found · Switchboard");
            assertThat(_find(page, com.vaadin.flow.component.textfield.TextField.class)).as(user).isEmpty();
        }
    }
}
