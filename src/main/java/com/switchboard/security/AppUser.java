package com.switchboard.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person or script that signs in. A {@link Role#Manager} has accounts; a {@link Role#Customer} has
 * the one customer it manages (with its descendants).
 *
 * <p>Every change to a user is saved through {@link AppUserRepository#save}, which bumps
 * {@link #version()}: the caches of verified credentials and of sessions compare it, so a changed
 * password, role, account list or enabled flag is never served from them (see {@link UserSessions}
 * and {@link UserCredentialsChanged}).
 */
@Table("app_user")
public record AppUser(
        @Id Long id,
        String username,
        String passwordHash,
        boolean enabled,
        Role role,
        String customerId,
        String displayName,
        String email,
        @MappedCollection(idColumn = "app_user") Set<AccountRef> accounts,
        @Version Long version) {

    /** A manager's link to one of its accounts. */
    @Table("app_user_account")
    public record AccountRef(String accountId) {}

    public static AppUser administrator(String username, String passwordHash) {
        return new AppUser(null, username, passwordHash, true, Role.SystemAdministrator, null, null, null, Set.of(),
                null);
    }

    public static AppUser manager(String username, String passwordHash, Set<String> accountIds) {
        return new AppUser(null, username, passwordHash, true, Role.Manager, null, null, null,
                accountIds.stream().map(AccountRef::new).collect(Collectors.toSet()), null);
    }

    public static AppUser customer(String username, String passwordHash, String customerId) {
        return new AppUser(null, username, passwordHash, true, Role.Customer, customerId, null, null, Set.of(), null);
    }

    /** The same user with a display name and e-mail address. */
    public AppUser withProfile(String displayName, String email) {
        return new AppUser(id, username, passwordHash, enabled, role, customerId, displayName, email, accounts,
                version);
    }

    /** The same user with another password hash. */
    public AppUser withPasswordHash(String passwordHash) {
        return new AppUser(id, username, passwordHash, enabled, role, customerId, displayName, email, accounts,
                version);
    }

    /** The same user, enabled or disabled. */
    public AppUser withEnabled(boolean enabled) {
        return new AppUser(id, username, passwordHash, enabled, role, customerId, displayName, email, accounts,
                version);
    }

    public Set<String> accountIds() {
        return accounts.stream().map(AccountRef::accountId).collect(Collectors.toUnmodifiableSet());
    }
}
