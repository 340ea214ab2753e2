package com.switchboard.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in user: who it is and what it may reach. The access policy decides from
 * this alone, so it never needs the user table again during a request.
 */
public record SignedInUser(String username, String passwordHash, boolean enabled, Role role, Set<String> accountIds,
        String customerId) implements UserDetails {

    public SignedInUser {
        accountIds = Set.copyOf(accountIds);
    }

    static SignedInUser of(AppUser user) {
        return new SignedInUser(user.username(), user.passwordHash(), user.enabled(), user.role(), user.accountIds(),
                user.customerId());
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
