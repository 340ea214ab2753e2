package com.switchboard.user;

import com.switchboard.security.Role;
import java.util.Set;

/**
 * Which users a list shows: username, display name or email containing {@code search}, an email
 * containing {@code email}, of one {@code role}, of any of {@code accountIds} (a manager's accounts,
 * or the account of a customer user's customer) and among {@code ids}; null or empty means any.
 */
public record UserFilter(String search, Role role, Set<String> accountIds, String email, Set<Long> ids) {

    public static final UserFilter ALL = new UserFilter(null, null, Set.of(), null, Set.of());

    public UserFilter {
        accountIds = accountIds == null ? Set.of() : Set.copyOf(accountIds);
        ids = ids == null ? Set.of() : Set.copyOf(ids);
    }

    public UserFilter withSearch(String search) {
        return new UserFilter(search, role, accountIds, email, ids);
    }

    public UserFilter withRole(Role role) {
        return new UserFilter(search, role, accountIds, email, ids);
    }

    /** Users of this one account; null for any. */
    public UserFilter withAccount(String accountId) {
        return withAccounts(accountId == null ? Set.of() : Set.of(accountId));
    }

    public UserFilter withAccounts(Set<String> accountIds) {
        return new UserFilter(search, role, accountIds, email, ids);
    }

    public UserFilter withEmail(String email) {
        return new UserFilter(search, role, accountIds, email, ids);
    }

    public UserFilter withIds(Set<Long> ids) {
        return new UserFilter(search, role, accountIds, email, ids);
    }
}
