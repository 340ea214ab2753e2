package com.switchboard.user;

import com.switchboard.security.Role;
import java.util.Set;

/**
 * What an administrator or manager enters for a user: a Manager has one or more accounts, a
 * Customer user one customer, an administrator neither.
 */
public record UserDraft(String username, String displayName, String email, Role role, Set<String> accountIds,
        String customerId) {

    public UserDraft {
        accountIds = accountIds == null ? Set.of() : Set.copyOf(accountIds);
    }

    public static UserDraft of(UserRow row) {
        return new UserDraft(row.username(), row.displayName(), row.email(), row.role(), row.accountIds(),
                row.customerId());
    }
}
