package com.switchboard.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.switchboard.Dialogs;
import com.switchboard.KaribuTest;
import com.switchboard.security.Role;
import com.switchboard.user.UserRow;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The Users and Audit log views per role, and what an administrator or manager does with a user:
 * create (one-time password shown once), disable (sessions end), reset, and the refusals.
 */
class UsersViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwords;

    private static List<String> usernames(UsersView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i).username()).toList();
    }

    /** Whether navigating shows the view; Vaadin's access control refuses with AccessDeniedException. */
    private static boolean opens(String route, Class<? extends com.vaadin.flow.component.Component> view) {
        try {
            navigate(route);
            return !_find(view).isEmpty();
        } catch (RuntimeException | AssertionError e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).contains("AccessDenied")
                        || t.getClass().getSimpleName().contains("AccessDenied")) {
                    return false;
                }
            }
            throw e;
        }
    }

    @Test
    void access_matrix_of_the_users_and_audit_views() {
        for (String user : List.of("admin", "manager", "globex", "customer")) {
            signIn(user);
            boolean users = opens("portal/users", UsersView.class);
            boolean audit = opens("portal/audit", AuditView.class);
            boolean mine = opens("portal/my-account", MyAccountView.class);
            boolean staff = !user.equals("customer");
            assertThat(users).as(user + " on Users").isEqualTo(staff);
            assertThat(audit).as(user + " on Audit log").isEqualTo(staff);
            assertThat(mine).as(user + " on My account").isTrue();
        }
    }

    @Test
    void an_administrator_sees_everyone_and_a_manager_only_the_users_of_its_accounts() {
        signIn("admin");
        navigate("portal/users");
        assertThat(usernames(_get(UsersView.class))).contains("admin", "manager", "globex", "customer");

        signIn("manager");
        navigate("portal/users");
        UsersView view = _get(UsersView.class);
        assertThat(usernames(view)).contains("manager", "customer").doesNotContain("admin", "globex");
        assertThat(view.role.getListDataView().getItems().toList()).containsExactly(Role.Manager, Role.Customer);

        signIn("globex");
        navigate("portal/users");
        assertThat(usernames(_get(UsersView.class))).containsExactly("globex");
    }

    @Test
    void search_and_role_filters_narrow_the_grid() {
        signIn("admin");
        navigate("portal/users");
        UsersView view = _get(UsersView.class);
        view.role.setValue(Role.Manager);
        assertThat(usernames(view)).contains("manager", "globex").doesNotContain("admin", "customer");
        view.search.setValue("glob");
        assertThat(usernames(view)).containsExactly("globex");
    }

    @Test
    void a_manager_creates_a_customer_user_who_gets_a_one_time_password() {
        signIn("manager");
        navigate("portal/users");
        _click(_get(UsersView.class).create);
        UserDialog dialog = _get(UserDialog.class);
        dialog.username.setValue("dental-frontdesk");
        dialog.displayName.setValue("Front Desk");
        dialog.email.setValue("desk@acme-dental.example");
        dialog.role.setValue(Role.Customer);
        var choices = dialog.customer.getDataProvider();
        assertThat(dialog.accounts.isVisible()).isFalse();
        String downtown = demo.id(com.switchboard.Demo.OWN);
        dialog.customer.setValue(new com.switchboard.customer.CustomerDetails.Crumb(downtown, com.switchboard.Demo.OWN));
        _click(dialog.save);

        OneTimePasswordDialog shown = _get(OneTimePasswordDialog.class);
        String password = shown.password.getValue();
        assertThat(password).hasSize(16);
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'dental-frontdesk'",
                String.class);
        assertThat(passwords.matches(password, hash)).isTrue();
        assertThat(jdbc.queryForObject("SELECT must_change_password FROM app_user WHERE username = 'dental-frontdesk'",
                Boolean.class)).isTrue();
        assertThat(jdbc.queryForList("SELECT event FROM auth_audit WHERE target_user = 'dental-frontdesk'",
                String.class)).contains("USER_CREATED");
        assertThat(choices).isNotNull();
    }

    @Test
    void bad_input_is_shown_next_to_the_field_and_changes_nothing() {
        signIn("manager");
        navigate("portal/users");
        _click(_get(UsersView.class).create);
        UserDialog dialog = _get(UserDialog.class);
        dialog.username.setValue("customer");
        dialog.email.setValue("not-an-email");
        dialog.role.setValue(Role.Manager);
        _click(dialog.save);
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("This username is taken");
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.accounts.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = 'customer'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void a_manager_cannot_make_an_administrator_nor_reach_another_accounts_user() {
        signIn("manager");
        navigate("portal/users");
        _click(_get(UsersView.class).create);
        UserDialog dialog = _get(UserDialog.class);
        assertThat(dialog.role.getListDataView().getItems().toList()).doesNotContain(Role.SystemAdministrator);
        assertThat(dialog.accounts.getListDataView().getItems().map(a -> a.name()).toList())
                .containsExactly("Acme Telecom");
    }

    @Test
    void disabling_a_user_asks_first_and_refuses_their_sign_in() {
        jdbc.update("INSERT INTO app_user (username, password_hash, enabled, role, version) VALUES"
                + " ('to-disable', 'x', TRUE, 'SystemAdministrator', 0)");
        signIn("admin");
        navigate("portal/users");
        UsersView view = _get(UsersView.class);
        view.search.setValue("to-disable");
        UserRow row = GridKt._get(view.grid, 0);
        view.grid.select(row);
        _click(view.enable);
        Dialogs.confirm(Dialogs.confirmDialog());
        assertThat(jdbc.queryForObject("SELECT enabled FROM app_user WHERE username = 'to-disable'", Boolean.class))
                .isFalse();
        assertThat(UsersView.status(GridKt._get(view.grid, 0))).startsWith("Disabled");
        assertThat(jdbc.queryForList("SELECT event FROM auth_audit WHERE target_user = 'to-disable'", String.class))
                .contains("USER_DISABLED");
    }
}
