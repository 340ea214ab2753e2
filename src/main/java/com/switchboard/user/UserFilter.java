package com.switchboard.user;

import com.switchboard.security.Role;

/**
 * Which users a list shows: username, display name or email containing {@code search}, of one
 * {@code role} and one {@code accountId} (a manager's account, or the account of a customer user's
 * customer); null means any.
 */
public record UserFilter(String search, Role role, String accountId) {

    public static final UserFilter ALL = new UserFilter(null, null, null);

    public UserFilter withSearch(String search) {
        return new UserFilter(search, role, accountId);
    }

    public UserFilter withRole(Role role) {
        return new UserFilter(search, role, accountId);
    }

    public UserFilter withAccount(String accountId) {
        return new UserFilter(search, role, accountId);
    }
}
