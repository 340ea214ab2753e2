package com.switchboard.user.ui;

import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.ui.MainLayout;
import com.switchboard.base.ui.Notifications;
import com.switchboard.security.PasswordPolicy;
import com.switchboard.security.PortalSessions;
import com.switchboard.security.UserSessions;
import com.switchboard.user.MyAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * My account, for everyone: display name and email, a new password (the current one, the new one
 * twice), and the person's live sessions, portal and API, each with "Sign out", and "Sign out
 * everywhere". A one-time password sends its user here before anything else.
 */
@Route(value = "portal/my-account", layout = MainLayout.class)
@PageTitle("My account · Switchboard")
@Menu(order = 90, icon = "vaadin:user", title = "My account")
@PermitAll
class MyAccountView extends VerticalLayout {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Display name");
    final TextField email = new TextField("Email");
    final Button saveProfile = new Button("Save");
    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("Repeat new password");
    final Button changePassword = new Button("Change password");
    final Paragraph mustChange = new Paragraph("Choose a new password: the one you signed in with was for one time only.");
    final Grid<UserSessions.Session> sessions = new Grid<>();
    final Button signOutEverywhere = new Button("Sign out everywhere");

    private final transient MyAccount account;
    private final transient AuthenticationContext authentication;

    MyAccountView(MyAccount account, AuthenticationContext authentication) {
        this.account = account;
        this.authentication = authentication;
        addClassName("my-account-view");
        MyAccount.Profile profile = account.profile();
        username.setValue(profile.username());
        username.setReadOnly(true);
        displayName.setValue(profile.displayName() == null ? "" : profile.displayName());
        displayName.setMaxLength(200);
        email.setValue(profile.email() == null ? "" : profile.email());
        email.setMaxLength(320);
        saveProfile.addClickListener(e -> saveProfile());
        FormLayout profileForm = new FormLayout(username, displayName, email);

        mustChange.addClassName("must-change-password");
        mustChange.setVisible(profile.mustChangePassword());
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; not a common password"
                + " and not your username");
        for (PasswordField field : new PasswordField[] {currentPassword, newPassword, repeatPassword}) {
            field.setRequiredIndicatorVisible(true);
            // the service decides what is wrong; clearing the fields after a change is not an error
            field.setManualValidation(true);
            field.setAutocomplete(field == currentPassword ? com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD
                    : com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        }
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(e -> changePassword());
        FormLayout passwordForm = new FormLayout(currentPassword, newPassword, repeatPassword);

        sessions.addColumn(s -> s.channel() == UserSessions.Channel.PORTAL ? "Portal" : "API").setHeader("Channel")
                .setAutoWidth(true);
        sessions.addColumn(s -> TIME.format(s.createdAt())).setHeader("Signed in").setAutoWidth(true);
        sessions.addColumn(s -> TIME.format(s.lastSeenAt())).setHeader("Last seen").setAutoWidth(true);
        sessions.addColumn(s -> s.clientIp() == null ? "" : s.clientIp()).setHeader("Address").setAutoWidth(true);
        sessions.addColumn(s -> s.userAgent() == null ? "" : s.userAgent()).setHeader("Client");
        sessions.addComponentColumn(s -> s.idHash().equals(currentHash()) ? new Paragraph("This browser")
                : new Button("Sign out", e -> signOut(s))).setHeader("").setKey("signOut").setAutoWidth(true);
        sessions.setAllRowsVisible(true);
        signOutEverywhere.addThemeVariants(ButtonVariant.LUMO_ERROR);
        signOutEverywhere.addClickListener(e -> {
            account.signOutEverywhere();
            authentication.logout();
        });
        refreshSessions();

        add(new H1("My account"), mustChange, new H3("Profile"), profileForm, saveProfile, new H3("Password"),
                passwordForm, changePassword, new H3("Sessions"), sessions, signOutEverywhere);
    }

    private void saveProfile() {
        displayName.setInvalid(false);
        email.setInvalid(false);
        try {
            account.updateProfile(displayName.getValue(), email.getValue());
            Notifications.success("Profile saved");
        } catch (ValidationException e) {
            UserDialog.showErrors(Map.of("displayName", displayName, "email", email), e);
        }
    }

    private void changePassword() {
        Map<String, PasswordField> fields = Map.of("currentPassword", currentPassword, "newPassword", newPassword,
                "repeatPassword", repeatPassword);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            account.changePassword(currentPassword.getValue(), newPassword.getValue(), repeatPassword.getValue(),
                    currentHash());
            fields.values().forEach(PasswordField::clear);
            mustChange.setVisible(false);
            PasswordChangeGate.passwordChanged();
            refreshSessions();
            Notifications.success("Password changed; your other sessions were signed out");
        } catch (ValidationException e) {
            UserDialog.showErrors(fields, e);
        }
    }

    private void signOut(UserSessions.Session session) {
        account.signOut(session.idHash());
        refreshSessions();
        Notifications.success("Session signed out");
    }

    private void refreshSessions() {
        sessions.setItems(account.sessions());
    }

    /** The hash of this browser's stored session, or null. */
    static String currentHash() {
        VaadinSession session = VaadinSession.getCurrent();
        Object raw = session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(PortalSessions.ATTRIBUTE);
        return raw instanceof String id ? UserSessions.hash(id) : null;
    }
}
