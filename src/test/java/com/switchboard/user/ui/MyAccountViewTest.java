package com.switchboard.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.switchboard.Dialogs;
import com.switchboard.KaribuTest;
import com.switchboard.security.PortalSessions;
import com.switchboard.security.UserSessions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * My account on a user of its own (the Karibu tests share a database): the profile, the password
 * change with each refusal shown next to its field, and the sessions with "Sign out" and "Sign out
 * everywhere", each checked in the database and the services behind the view.
 */
class MyAccountViewTest extends KaribuTest {

    private static final String PASSWORD = "old horse battery staple";
    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired UserSessions userSessions;

    private String username;
    private long userId;

    @BeforeEach
    void newUser() {
        username = "holder-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO app_user (username, password_hash, enabled, role, version) VALUES (?, ?, TRUE,"
                + " 'SystemAdministrator', 0)", username, passwords.encode(PASSWORD));
        userId = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }

    /** Signs in as the user, this browser holding the stored session {@code rawId} (or none), and opens the view. */
    private MyAccountView open(String rawId) {
        signIn(username);
        if (rawId != null) {
            VaadinSession.getCurrent().getSession().setAttribute(PortalSessions.ATTRIBUTE, rawId);
        }
        navigate("portal/my-account");
        return _get(MyAccountView.class);
    }

    private String session(UserSessions.Channel channel, String userAgent) {
        return userSessions.create(userId, channel, false, "10.0.0.1", userAgent).rawId();
    }

    private String hash() {
        return jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, userId);
    }

    private List<String> storedSessions() {
        return userSessions.listFor(userId).stream().map(UserSessions.Session::idHash).toList();
    }

    private static List<UserSessions.Session> rows(MyAccountView view) {
        return IntStream.range(0, GridKt._size(view.sessions)).mapToObj(i -> GridKt._get(view.sessions, i)).toList();
    }

    private static Component actionOf(MyAccountView view, String idHash) {
        List<UserSessions.Session> rows = rows(view);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).idHash().equals(idHash)) {
                return GridKt._getCellComponent(view.sessions, i, "signOut");
            }
        }
        throw new AssertionError("no row for session " + idHash);
    }

    private static void changePassword(MyAccountView view, String current, String replacement, String repeat) {
        view.currentPassword.setValue(current);
        view.newPassword.setValue(replacement);
        view.repeatPassword.setValue(repeat);
        _click(view.changePassword);
    }

    // ---- profile ---------------------------------------------------------------------------------

    @Test
    void changing_the_display_name_and_email_saves_them_and_shows_them_next_time() {
        MyAccountView view = open(null);
        assertThat(view.username.getValue()).isEqualTo(username);
        assertThat(view.username.isReadOnly()).isTrue();
        view.displayName.setValue("  Pat Holder ");
        view.email.setValue("pat@example.com");
        _click(view.saveProfile);

        assertThat(jdbc.queryForMap("SELECT display_name, email FROM app_user WHERE id = ?", userId))
                .containsEntry("display_name", "Pat Holder").containsEntry("email", "pat@example.com");
        assertThat(Dialogs.notifications()).contains("Profile saved");
        assertThat(jdbc.queryForList("SELECT event FROM auth_audit WHERE target_user = ?", String.class, username))
                .contains("USER_CHANGED");

        navigate("portal/users");
        MyAccountView again = open(null);
        assertThat(again.displayName.getValue()).isEqualTo("Pat Holder");
        assertThat(again.email.getValue()).isEqualTo("pat@example.com");
    }

    @Test
    void an_email_that_is_not_one_is_shown_next_to_the_field_and_nothing_is_saved() {
        MyAccountView view = open(null);
        view.displayName.setValue("Pat Holder");
        view.email.setValue("not-an-email");
        _click(view.saveProfile);

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("Enter an email address like name@example.com");
        assertThat(view.displayName.isInvalid()).isFalse();
        assertThat(jdbc.queryForMap("SELECT display_name, email FROM app_user WHERE id = ?", userId))
                .containsEntry("display_name", null).containsEntry("email", null);
    }

    @Test
    void a_display_name_xml_cannot_carry_is_shown_next_to_the_field_and_nothing_is_saved() {
        MyAccountView view = open(null);
        view.displayName.setValue("Pat\u0001 Holder");
        _click(view.saveProfile);

        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).isEqualTo("The display name contains a control character (U+0001)");
        assertThat(jdbc.queryForMap("SELECT display_name, email FROM app_user WHERE id = ?", userId))
                .containsEntry("display_name", null);
    }

    // ---- password --------------------------------------------------------------------------------

    @Test
    void with_a_one_time_password_nothing_but_the_password_change_is_reachable_until_it_is_changed() {
        jdbc.update("UPDATE app_user SET must_change_password = TRUE WHERE id = ?", userId);
        signIn(username);
        for (String location : List.of("", "portal", "portal/users", "portal/customers", "portal/audit")) {
            navigate(location);
            assertThat(_get(MyAccountView.class).mustChange.isVisible()).as(location).isTrue();
        }

        changePassword(_get(MyAccountView.class), PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        navigate("portal/users");
        assertThat(_get(UsersView.class).isAttached()).isTrue();
    }

    @Test
    void a_wrong_current_password_is_shown_next_to_that_field_and_changes_nothing() {
        String other = session(UserSessions.Channel.API, "curl");
        MyAccountView view = open(null);
        String before = hash();
        changePassword(view, "not my password", NEW_PASSWORD, NEW_PASSWORD);

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("The current password is not right");
        assertThat(view.newPassword.isInvalid()).isFalse();
        assertThat(view.repeatPassword.isInvalid()).isFalse();
        assertThat(hash()).isEqualTo(before);
        assertThat(passwords.matches(PASSWORD, hash())).isTrue();
        assertThat(storedSessions()).containsExactly(UserSessions.hash(other));
        assertThat(jdbc.queryForList("SELECT event FROM auth_audit WHERE target_user = ?", String.class, username))
                .doesNotContain("PASSWORD_CHANGED");
    }

    @Test
    void each_refused_new_password_is_shown_next_to_its_field_and_changes_nothing() {
        MyAccountView view = open(null);
        String before = hash();
        record Case(String replacement, String repeat, PasswordField field, String message) {}
        List<Case> cases = List.of(
                new Case("short words", "short words", view.newPassword, "Use at least 12 characters"),
                new Case("elevenchars", "elevenchars", view.newPassword, "Use at least 12 characters"),
                new Case("1qaz2wsx3edc", "1qaz2wsx3edc", view.newPassword,
                        "This password is among the most common ones; choose another"),
                new Case(username, username, view.newPassword, "The password must not be the username"),
                new Case(username.toUpperCase(java.util.Locale.ROOT), username.toUpperCase(java.util.Locale.ROOT),
                        view.newPassword, "The password must not be the username"),
                new Case(NEW_PASSWORD, NEW_PASSWORD + " ", view.repeatPassword, "The passwords do not match"),
                new Case(NEW_PASSWORD, "", view.repeatPassword, "The passwords do not match"));
        for (Case c : cases) {
            changePassword(view, PASSWORD, c.replacement(), c.repeat());
            for (PasswordField field : List.of(view.currentPassword, view.newPassword, view.repeatPassword)) {
                assertThat(field.isInvalid()).as("%s invalid after %s: %s", field.getLabel(), c, field.getErrorMessage())
                        .isEqualTo(field == c.field());
            }
            assertThat(c.field().getErrorMessage()).as(c.toString()).isEqualTo(c.message());
            assertThat(hash()).as(c.toString()).isEqualTo(before);
        }
        assertThat(passwords.matches(PASSWORD, hash())).isTrue();
    }

    @Test
    void a_valid_change_replaces_the_password_and_signs_out_the_other_sessions_but_this_one() {
        String mine = session(UserSessions.Channel.PORTAL, "this browser");
        String api = session(UserSessions.Channel.API, "curl");
        String laptop = session(UserSessions.Channel.PORTAL, "laptop");
        MyAccountView view = open(mine);
        changePassword(view, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(view.currentPassword.isInvalid() || view.newPassword.isInvalid() || view.repeatPassword.isInvalid())
                .isFalse();
        assertThat(passwords.matches(PASSWORD, hash())).as("the old password").isFalse();
        assertThat(passwords.matches(NEW_PASSWORD, hash())).as("the new password").isTrue();
        assertThat(storedSessions()).containsExactly(UserSessions.hash(mine));
        assertThat(userSessions.resolve(api)).isEmpty();
        assertThat(userSessions.resolve(laptop)).isEmpty();
        assertThat(userSessions.resolve(mine)).isPresent();
        assertThat(rows(view)).extracting(UserSessions.Session::idHash).containsExactly(UserSessions.hash(mine));
        assertThat(view.currentPassword.getValue()).isEmpty();
        assertThat(view.newPassword.getValue()).isEmpty();
        assertThat(Dialogs.notifications()).contains("Password changed; your other sessions were signed out");
        assertThat(jdbc.queryForList("SELECT event FROM auth_audit WHERE target_user = ?", String.class, username))
                .contains("PASSWORD_CHANGED");
    }

    // ---- sessions --------------------------------------------------------------------------------

    @Test
    void the_sessions_grid_lists_the_users_sessions_and_sign_out_ends_only_that_one() {
        String mine = session(UserSessions.Channel.PORTAL, "this browser");
        String api = session(UserSessions.Channel.API, "curl");
        String laptop = session(UserSessions.Channel.PORTAL, "laptop");
        long admin = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'admin'", Long.class);
        String someoneElse = userSessions.create(admin, UserSessions.Channel.API, false, null, "other").rawId();
        try {
            MyAccountView view = open(mine);

            assertThat(rows(view)).extracting(UserSessions.Session::idHash).containsExactlyInAnyOrder(
                    UserSessions.hash(mine), UserSessions.hash(api), UserSessions.hash(laptop));
            assertThat(rows(view)).extracting(UserSessions.Session::userAgent)
                    .containsExactlyInAnyOrder("this browser", "curl", "laptop");
            assertThat(actionOf(view, UserSessions.hash(mine))).isInstanceOf(Paragraph.class);
            Component signOut = actionOf(view, UserSessions.hash(api));
            assertThat(signOut).isInstanceOf(Button.class);

            _click((Button) signOut);

            assertThat(storedSessions()).containsExactlyInAnyOrder(UserSessions.hash(mine), UserSessions.hash(laptop));
            assertThat(userSessions.resolve(api)).isEmpty();
            assertThat(userSessions.resolve(someoneElse)).as("another user's session").isPresent();
            assertThat(rows(view)).extracting(UserSessions.Session::idHash)
                    .containsExactlyInAnyOrder(UserSessions.hash(mine), UserSessions.hash(laptop));
            assertThat(Dialogs.notifications()).contains("Session signed out");
        } finally {
            userSessions.revoke(someoneElse);
        }
    }

    @Test
    void sign_out_everywhere_ends_every_session_of_the_user_and_no_one_elses() {
        String mine = session(UserSessions.Channel.PORTAL, "this browser");
        String api = session(UserSessions.Channel.API, "curl");
        String laptop = session(UserSessions.Channel.PORTAL, "laptop");
        long admin = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'admin'", Long.class);
        String someoneElse = userSessions.create(admin, UserSessions.Channel.API, false, null, "other").rawId();
        try {
            MyAccountView view = open(mine);
            assertThat(rows(view)).hasSize(3);

            _click(view.signOutEverywhere);

            assertThat(storedSessions()).isEmpty();
            for (String ended : List.of(mine, api, laptop)) {
                assertThat(userSessions.resolve(ended)).isEmpty();
            }
            assertThat(userSessions.resolve(someoneElse)).as("another user's session").isPresent();
        } finally {
            userSessions.revoke(someoneElse);
        }
    }
}
