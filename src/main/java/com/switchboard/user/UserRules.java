package com.switchboard.user;

import com.switchboard.base.domain.PlainText;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.domain.ValidationException.FieldError;
import com.switchboard.security.AppUser;
import com.switchboard.security.Role;
import com.switchboard.security.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What {@link UserAdministration} checks of a {@link UserDraft}: its fields (each named as the draft
 * names it) and whether the signed-in user may give that role, those accounts or that customer.
 */
@Component
class UserRules {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcTemplate jdbc;

    UserRules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void validate(UserDraft draft, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        if (creating) {
            if (draft.username() == null || !USERNAME.matcher(draft.username().strip()).matches()) {
                errors.add(new FieldError("username",
                        "Use 3 to 100 letters, digits or . _ @ - for the username"));
            } else if (exists(draft.username().strip())) {
                errors.add(new FieldError("username", "This username is taken"));
            }
        }
        if (draft.displayName() != null && draft.displayName().length() > 200) {
            errors.add(new FieldError("displayName", "Use at most 200 characters"));
        } else if (draft.displayName() != null && PlainText.problem(draft.displayName().strip(), false) != null) {
            errors.add(new FieldError("displayName", "The display name "
                    + PlainText.problem(draft.displayName().strip(), false)));
        }
        if (draft.email() != null && !draft.email().isBlank()
                && (draft.email().length() > 320 || !EMAIL.matcher(draft.email().strip()).matches())) {
            errors.add(new FieldError("email", "Enter an email address like name@example.com"));
        }
        if (draft.role() == null) {
            errors.add(new FieldError("role", "Choose a role"));
        } else if (draft.role() == Role.Manager && draft.accountIds().isEmpty()) {
            errors.add(new FieldError("accounts", "A manager needs at least one account"));
        } else if (draft.role() == Role.Customer && (draft.customerId() == null || draft.customerId().isBlank())) {
            errors.add(new FieldError("customer", "A customer user needs a customer"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** A manager gives only Manager and Customer roles, and only within its own accounts. */
    void authorize(SignedInUser actor, UserDraft draft) {
        if (actor.role() == Role.SystemAdministrator) {
            return;
        }
        if (actor.role() != Role.Manager) {
            throw new AccessDeniedException("Only administrators and managers manage users");
        }
        if (draft.role() == Role.SystemAdministrator) {
            throw new ValidationException("role", "Only an administrator can make administrators");
        }
        if (draft.role() == Role.Manager && !actor.accountIds().containsAll(draft.accountIds())) {
            throw new ValidationException("accounts", "You can only give accounts you manage");
        }
        if (draft.role() == Role.Customer) {
            List<String> account = jdbc.queryForList("SELECT account_id FROM customer WHERE id = ?", String.class,
                    draft.customerId());
            if (account.isEmpty() || !actor.accountIds().contains(account.get(0))) {
                throw new ValidationException("customer", "Choose a customer of an account you manage");
            }
        }
    }

    private boolean exists(String username) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE LOWER(username) = LOWER(?)",
                Integer.class, username);
        return n != null && n > 0;
    }

    static Set<String> accountIds(UserDraft draft) {
        return draft.role() == Role.Manager ? draft.accountIds() : Set.of();
    }

    static Set<AppUser.AccountRef> accountRefs(UserDraft draft) {
        return accountIds(draft).stream().map(AppUser.AccountRef::new).collect(Collectors.toSet());
    }

    static String describe(UserDraft draft) {
        return switch (draft.role()) {
            case SystemAdministrator -> "role SystemAdministrator";
            case Manager -> "role Manager, accounts " + new TreeSet<>(draft.accountIds());
            case Customer -> "role Customer, customer " + draft.customerId();
        };
    }
}
