package com.switchboard.customer;

import com.switchboard.security.Role;
import com.switchboard.security.SignedInUser;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides which customers a user may reach. A system administrator reaches
 * every customer; a manager the customers of its accounts; a customer user its own customer and
 * that customer's descendants. Customers outside a user's reach are treated as not existing (404);
 * actions a role may not take on a customer it can see are refused (403).
 */
@Component
public class CustomerAccessPolicy {

    private final CustomerRepository customers;

    CustomerAccessPolicy(CustomerRepository customers) {
        this.customers = customers;
    }

    /** May {@code user} see (and so use the actions of its role on) {@code customer}? */
    public boolean canSee(SignedInUser user, Customer customer) {
        return canSee(user, customer.getAccountId(), customer.getPath());
    }

    /** The same decision from the customer's account and path alone. */
    boolean canSee(SignedInUser user, String accountId, String path) {
        return switch (user.role()) {
            case SystemAdministrator -> true;
            case Manager -> user.accountIds().contains(accountId);
            case Customer -> user.customerId() != null && path.contains("/" + user.customerId() + "/");
        };
    }

    /** What a user may do with a customer it can see. */
    public enum Action {
        EDIT_GENERAL, MOVE, EDIT_TAGS, EDIT_DATA, EDIT_INTEGRATIONS, EDIT_BILLING, EDIT_APP_SETTINGS, EDIT_SCHEDULE,
        FLIP_STAGING, DELETE, MANAGE_TAG_CATALOGUE
    }

    /**
     * May {@code user} take {@code action} on {@code customer}? Administrators and managers may do
     * everything with the customers they see. A customer user may not move a customer, change
     * billing, delete its own customer or change the account's tag catalogue.
     */
    public boolean may(SignedInUser user, Action action, Customer customer) {
        if (!canSee(user, customer)) {
            return false;
        }
        if (user.role() != Role.Customer) {
            return true;
        }
        return switch (action) {
            case MOVE, EDIT_BILLING, MANAGE_TAG_CATALOGUE -> false;
            case DELETE -> !customer.getId().equals(user.customerId());
            default -> true;
        };
    }

    /** Refuses with {@link AccessDeniedException} (and its reason) unless {@code user} may take {@code action}. */
    public void require(SignedInUser user, Action action, Customer customer) {
        String refusal = refusal(user, action, customer);
        if (refusal != null) {
            throw new AccessDeniedException(refusal);
        }
    }

    /** Why {@code user} may not take {@code action}, for the UI; null when it may. */
    public String refusal(SignedInUser user, Action action, Customer customer) {
        if (may(user, action, customer)) {
            return null;
        }
        return switch (action) {
            case MOVE -> "Only managers can move a customer";
            case EDIT_BILLING -> "Billing is managed by your provider";
            case DELETE -> "You cannot delete your own customer";
            case MANAGE_TAG_CATALOGUE -> "Only managers can change the tag catalogue";
            default -> "You may not change this customer";
        };
    }

    /** May {@code user} create customers and manage tags in {@code accountId}? */
    public boolean mayManageAccount(SignedInUser user, String accountId) {
        return switch (user.role()) {
            case SystemAdministrator -> true;
            case Manager -> user.accountIds().contains(accountId);
            case Customer -> false;
        };
    }

    /** The part of all customers a user's lists are limited to, for SQL. */
    Scope scopeOf(SignedInUser user) {
        return switch (user.role()) {
            case SystemAdministrator -> new Scope(null, null);
            case Manager -> new Scope(user.accountIds(), null);
            case Customer -> new Scope(null, user.customerId() == null ? null
                    : customers.findById(user.customerId()).map(Customer::getPath).orElse(null));
        };
    }

    /**
     * A user's reach: the accounts (null = every account) and the subtree path prefix (null = no
     * subtree limit). A customer user whose customer is gone reaches nothing.
     */
    record Scope(Set<String> accountIds, String pathPrefix) {

        boolean isEmpty(SignedInUser user) {
            return (accountIds != null && accountIds.isEmpty()) || (user.role() == Role.Customer && pathPrefix == null);
        }
    }
}
