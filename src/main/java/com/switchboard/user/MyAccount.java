package com.switchboard.user;

import com.switchboard.base.domain.PlainText;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.security.AppUser;
import com.switchboard.security.AppUserRepository;
import com.switchboard.security.AuthAudit;
import com.switchboard.security.AuthEvent;
import com.switchboard.security.CurrentUser;
import com.switchboard.security.PasswordExpiry;
import com.switchboard.security.PasswordPolicy;
import com.switchboard.security.SignedInUser;
import com.switchboard.security.UserCredentialsChanged;
import com.switchboard.security.UserSessions;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in person manages themselves: profile, password, and their sessions. */
@Service
public class MyAccount {

    /** The profile as the form shows it. */
    public record Profile(String username, String displayName, String email, boolean mustChangePassword) {}

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final PasswordExpiry expiry;
    private final UserSessions sessions;
    private final AuthAudit audit;
    private final ApplicationEventPublisher events;

    MyAccount(AppUserRepository users, CurrentUser currentUser, PasswordEncoder passwords, PasswordPolicy policy,
            PasswordExpiry expiry, UserSessions sessions, AuthAudit audit, ApplicationEventPublisher events) {
        this.users = users;
        this.currentUser = currentUser;
        this.passwords = passwords;
        this.policy = policy;
        this.expiry = expiry;
        this.sessions = sessions;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Profile profile() {
        AppUser user = me();
        return new Profile(user.username(), user.displayName(), user.email(), expiry.mustChange(user.username()));
    }

    /** Whether the signed-in user still has a one-time password to replace. */
    public boolean mustChangePassword() {
        return expiry.mustChange(currentUser.require().username());
    }

    @Transactional
    public Profile updateProfile(String displayName, String email) {
        AppUser user = me();
        String name = displayName == null || displayName.isBlank() ? null : displayName.strip();
        String mail = email == null || email.isBlank() ? null : email.strip();
        if (name != null && name.length() > 200) {
            throw new ValidationException("displayName", "Use at most 200 characters");
        }
        if (name != null) {
            PlainText.require("displayName", "The display name", name, false);
        }
        if (mail != null && (mail.length() > 320 || !EMAIL.matcher(mail).matches())) {
            throw new ValidationException("email", "Enter an email address like name@example.com");
        }
        users.save(user.withProfile(name, mail));
        audit.record(AuthEvent.USER_CHANGED, user.username(), user.username(), null, "own display name or email");
        return profile();
    }

    /**
     * Replaces the password after checking the current one and the policy; the user's other sessions
     * end (this browser's stays signed in).
     */
    @Transactional
    public void changePassword(String current, String replacement, String repeat, String keepSessionHash) {
        AppUser user = me();
        if (current == null || !passwords.matches(current, user.passwordHash())) {
            throw new ValidationException("currentPassword", "The current password is not right");
        }
        String problem = policy.problem(user.username(), replacement);
        if (problem != null) {
            throw new ValidationException("newPassword", problem);
        }
        if (!replacement.equals(repeat)) {
            throw new ValidationException("repeatPassword", "The passwords do not match");
        }
        if (passwords.matches(replacement, user.passwordHash())) {
            throw new ValidationException("newPassword", "Choose a password other than the current one");
        }
        users.save(user.withPasswordHash(passwords.encode(replacement)));
        expiry.setMustChange(user.id(), false);
        audit.record(AuthEvent.PASSWORD_CHANGED, user.username(), user.username(), null, null);
        for (UserSessions.Session session : sessions.listFor(user.id())) {
            if (!session.idHash().equals(keepSessionHash)) {
                sessions.revoke(user.id(), session.idHash());
            }
        }
        events.publishEvent(new UserCredentialsChanged(user.id()));
    }

    /** The signed-in user's live sessions, portal and API, newest first. */
    public List<UserSessions.Session> sessions() {
        return sessions.listFor(id());
    }

    public boolean signOut(String idHash) {
        return sessions.revoke(id(), idHash);
    }

    public int signOutEverywhere() {
        return sessions.revokeAllFor(id());
    }

    private long id() {
        return currentUser.require().id();
    }

    private AppUser me() {
        SignedInUser signedIn = currentUser.require();
        return users.findById(signedIn.id()).orElseThrow();
    }
}
