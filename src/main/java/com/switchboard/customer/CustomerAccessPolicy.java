package com.switchboard.customer;

import com.switchboard.security.SignedInUser;
import java.util.Set;
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
        return switch (user.role()) {
            case SystemAdministrator -> true;
            case Manager -> user.accountIds().contains(customer.getAccountId());
            case Customer -> user.customerId() != null && customer.getPath().contains("/" + user.customerId() + "/");
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
            return (accountIds != null && accountIds.isEmpty())
                    || (user.role() == com.switchboard.security.Role.Customer && pathPrefix == null);
        }
    }
}
