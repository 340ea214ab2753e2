package com.switchboard.user;

import com.switchboard.security.Role;
import java.util.List;
import java.util.Set;

/**
 * One user as the Users view lists and edits it. A manager's accounts are its own; a customer user's
 * one account is its customer's.
 */
public record UserRow(long id, String username, String displayName, String email, Role role, boolean enabled,
        boolean locked, boolean mustChangePassword, Set<String> accountIds, List<String> accountNames,
        String customerId, String customerName) {}
