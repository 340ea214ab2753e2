package com.switchboard.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in user: who it is and what it may reach. The access policy decides from
 * this alone, so it never needs the user table again during a request. {@code version} is the
 * {@link AppUser#version()} it was read at; {@code mustChangePassword} says the password was for one
 * time only (see {@link PasswordExpiry}), and then it opens nothing but the portal's password change.
 */
public record SignedInUser(Long id, String username, String passwordHash, boolean enabled, Role role,
        Set<String> accountIds, String customerId, String displayName, String email, Long version,
        boolean mustChangePassword) implements UserDetails {

    public SignedInUser {
        accountIds = Set.copyOf(accountIds);
    }

    /** A principal without a stored user behind it (tests, tools). */
    public SignedInUser(String username, String passwordHash, boolean enabled, Role role, Set<String> accountIds,
            String customerId) {
        this(null, username, passwordHash, enabled, role, accountIds, customerId, null, null, null, false);
    }

    /** The same user with these accounts. */
    SignedInUser withAccountIds(Set<String> accountIds) {
        return new SignedInUser(id, username, passwordHash, enabled, role, accountIds, customerId, displayName, email,
                version, mustChangePassword);
    }

    /** The name to show: the display name, or the user name when there is none. */
    public String name() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]";
    }
}
