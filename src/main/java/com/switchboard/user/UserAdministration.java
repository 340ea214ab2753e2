package com.switchboard.user;

import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.domain.ValidationException.FieldError;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.security.AppUser;
import com.switchboard.security.AppUserRepository;
import com.switchboard.security.AuthAudit;
import com.switchboard.security.AuthEvent;
import com.switchboard.security.CurrentUser;
import com.switchboard.base.domain.NotFoundException;
import com.switchboard.security.PasswordExpiry;
import com.switchboard.security.PasswordPolicy;
import com.switchboard.security.Role;
import com.switchboard.security.SignInThrottle;
import com.switchboard.security.SignedInUser;
import com.switchboard.security.UserCredentialsChanged;
import com.switchboard.security.UserSessions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing users, for administrators (every user) and managers (the users of their
 * accounts, see {@link UserScope}). Each change is audited in its transaction; disabling a user,
 * resetting their password or changing their role, accounts or customer ends their portal and API
 * sessions at once. New users and reset passwords get a one-time password, returned once, to be
 * changed at the next sign-in. Nobody disables, re-roles, resets or deletes themselves here.
 *
 * <p>The API's NewUser and PatchUser give a password the caller chose instead: it must pass the
 * {@link PasswordPolicy} and is not a one-time password (the caller knows it and picked it, unlike the
 * one the portal makes up and shows once), so the user signs in with it everywhere at once.
 */
@Service
public class UserAdministration {

    /** A user with the one-time password they were given (shown once, stored only as a hash). */
    public record WithPassword(UserRow user, String oneTimePassword) {}

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final UserDirectory directory;
    private final CurrentUser currentUser;
    private final CustomerDirectory customers;
    private final PasswordEncoder passwords;
    private final PasswordExpiry expiry;
    private final PasswordPolicy policy;
    private final UserSessions sessions;
    private final SignInThrottle throttle;
    private final AuthAudit audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final UserRules rules;

    UserAdministration(AppUserRepository users, UserDirectory directory, CurrentUser currentUser,
            CustomerDirectory customers, PasswordEncoder passwords, PasswordExpiry expiry, PasswordPolicy policy,
            UserSessions sessions, SignInThrottle throttle, AuthAudit audit, ApplicationEventPublisher events,
            JdbcTemplate jdbc, UserRules rules) {
        this.users = users;
        this.directory = directory;
        this.currentUser = currentUser;
        this.customers = customers;
        this.passwords = passwords;
        this.expiry = expiry;
        this.policy = policy;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** Roles the signed-in user may give. */
    public List<Role> assignableRoles() {
        return currentUser.require().role() == Role.SystemAdministrator ? List.of(Role.values())
                : List.of(Role.Manager, Role.Customer);
    }

    /** Customers (of the accounts the signed-in user manages) whose name contains {@code search}. */
    public List<CustomerDetails.Crumb> customerChoices(String search, int limit) {
        List<CustomerDetails.Crumb> found = new ArrayList<>();
        for (var account : customers.manageableAccounts()) {
            if (found.size() >= limit) {
                break;
            }
            found.addAll(customers.parentCandidates(account.id(), null, search, limit - found.size()));
        }
        return found;
    }

    @Transactional
    public WithPassword create(UserDraft draft) {
        String password = oneTimePassword();
        AppUser saved = insert(draft, password);
        expiry.setMustChange(saved.id(), true);
        return new WithPassword(directory.find(currentUser.require(), saved.id()).orElseThrow(), password);
    }

    /** A new user with the password the caller chose (field {@code password}), not a one-time one. */
    @Transactional
    public UserRow create(UserDraft draft, String password) {
        String problem = policy.problem(draft.username() == null ? null : draft.username().strip(), password);
        if (problem != null) {
            List<FieldError> errors = new ArrayList<>();
            try {
                rules.validate(draft, true);
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
            errors.add(new FieldError("password", problem));
            throw new ValidationException(errors);
        }
        return directory.find(currentUser.require(), insert(draft, password).id()).orElseThrow();
    }

    private AppUser insert(UserDraft draft, String password) {
        SignedInUser actor = currentUser.require();
        rules.validate(draft, true);
        rules.authorize(actor, draft);
        AppUser saved = users.save(new AppUser(null, draft.username().strip(), passwords.encode(password), true,
                draft.role(), draft.role() == Role.Customer ? draft.customerId() : null, blankToNull(draft.displayName()),
                blankToNull(draft.email()), UserRules.accountRefs(draft), null));
        audit.record(AuthEvent.USER_CREATED, actor.username(), saved.username(), null, UserRules.describe(draft));
        return saved;
    }

    /**
     * The API's PatchUser: the draft as {@link #update}, then, when given, enabled as {@link #setEnabled}
     * and a password of the caller's choosing (field {@code password}); all of it or, on a refusal, none.
     */
    @Transactional
    public UserRow change(long id, UserDraft draft, Boolean enabled, String newPassword) {
        update(id, draft);
        if (enabled != null) {
            setEnabled(id, enabled);
        }
        if (newPassword != null) {
            setPassword(id, newPassword);
        }
        return directory.find(currentUser.require(), id).orElseThrow();
    }

    private void setPassword(long id, String password) {
        SignedInUser actor = currentUser.require();
        AppUser user = users.findById(reachable(actor, id).id()).orElseThrow();
        if (user.id().equals(actor.id())) {
            throw new ValidationException("password", "Change your own password under My account");
        }
        String problem = policy.problem(user.username(), password);
        if (problem != null) {
            throw new ValidationException("password", problem);
        }
        users.save(user.withPasswordHash(passwords.encode(password)));
        expiry.setMustChange(user.id(), false);
        audit.record(AuthEvent.PASSWORD_RESET, actor.username(), user.username(), null, "set by " + actor.username());
        endSessions(user.id());
    }

    /** Deletes the user and ends their sessions; their audit rows stay. Nobody deletes themselves. */
    @Transactional
    public void delete(long id) {
        SignedInUser actor = currentUser.require();
        UserRow user = reachable(actor, id);
        if (Long.valueOf(user.id()).equals(actor.id())) {
            throw new ValidationException(null, "You cannot delete yourself");
        }
        endSessions(id);
        jdbc.update("DELETE FROM user_preference WHERE username = ?", user.username());
        users.deleteById(id);
        audit.record(AuthEvent.USER_DELETED, actor.username(), user.username(), null, user.role().name());
    }

    @Transactional
    public UserRow update(long id, UserDraft draft) {
        SignedInUser actor = currentUser.require();
        UserRow before = reachable(actor, id);
        rules.validate(draft, false);
        rules.authorize(actor, draft);
        AppUser user = users.findById(id).orElseThrow();
        boolean roleChanged = user.role() != draft.role();
        String customerId = draft.role() == Role.Customer ? draft.customerId() : null;
        boolean accountsChanged = !user.accountIds().equals(UserRules.accountIds(draft))
                || !Objects.equals(user.customerId(), customerId);
        if ((roleChanged || accountsChanged) && user.id().equals(actor.id())) {
            throw new ValidationException("role", "You cannot change your own role or accounts");
        }
        users.save(new AppUser(user.id(), user.username(), user.passwordHash(), user.enabled(), draft.role(),
                customerId, blankToNull(draft.displayName()), blankToNull(draft.email()),
                UserRules.accountRefs(draft), user.version()));
        if (!Objects.equals(before.displayName(), blankToNull(draft.displayName()))
                || !Objects.equals(before.email(), blankToNull(draft.email()))) {
            audit.record(AuthEvent.USER_CHANGED, actor.username(), user.username(), null, "display name or email");
        }
        if (roleChanged) {
            audit.record(AuthEvent.ROLE_CHANGED, actor.username(), user.username(), null,
                    user.role() + " → " + draft.role());
        }
        if (accountsChanged) {
            audit.record(AuthEvent.ACCOUNTS_CHANGED, actor.username(), user.username(), null, UserRules.describe(draft));
        }
        if (roleChanged || accountsChanged) {
            endSessions(user.id());
        }
        return directory.find(actor, id).orElseThrow();
    }

    @Transactional
    public UserRow setEnabled(long id, boolean enabled) {
        SignedInUser actor = currentUser.require();
        reachable(actor, id);
        AppUser user = users.findById(id).orElseThrow();
        if (user.id().equals(actor.id())) {
            throw new ValidationException(null, "You cannot disable yourself");
        }
        if (user.enabled() != enabled) {
            users.save(user.withEnabled(enabled));
            audit.record(enabled ? AuthEvent.USER_ENABLED : AuthEvent.USER_DISABLED, actor.username(),
                    user.username(), null, null);
            if (!enabled) {
                endSessions(user.id());
            }
        }
        return directory.find(actor, id).orElseThrow();
    }

    /** Sets a new one-time password, returned once; ends the user's sessions. */
    @Transactional
    public WithPassword resetPassword(long id) {
        SignedInUser actor = currentUser.require();
        reachable(actor, id);
        AppUser user = users.findById(id).orElseThrow();
        if (user.id().equals(actor.id())) {
            throw new ValidationException(null, "Change your own password under My account");
        }
        String password = oneTimePassword();
        users.save(user.withPasswordHash(passwords.encode(password)));
        expiry.setMustChange(user.id(), true);
        audit.record(AuthEvent.PASSWORD_RESET, actor.username(), user.username(), null, null);
        endSessions(user.id());
        return new WithPassword(directory.find(actor, id).orElseThrow(), password);
    }

    @Transactional
    public UserRow unlock(long id) {
        SignedInUser actor = currentUser.require();
        UserRow user = reachable(actor, id);
        if (throttle.unlock(user.username())) {
            audit.record(AuthEvent.UNLOCKED, actor.username(), user.username(), null, null);
        }
        return directory.find(actor, id).orElseThrow();
    }

    /** Ends every portal and API session of the user; how many. */
    @Transactional
    public int signOutEverywhere(long id) {
        SignedInUser actor = currentUser.require();
        reachable(actor, id);
        return sessions.revokeAllFor(id);
    }

    private void endSessions(long userId) {
        sessions.revokeAllFor(userId);
        events.publishEvent(new UserCredentialsChanged(userId));
    }

    private UserRow reachable(SignedInUser actor, long id) {
        return directory.find(actor, id).orElseThrow(() -> new NotFoundException("No such user"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** 16 characters without look-alikes: about 93 bits, typed once. */
    static String oneTimePassword() {
        StringBuilder out = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
