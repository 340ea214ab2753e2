package com.switchboard.customer;

import com.switchboard.account.BillingSettings;
import java.util.List;

/**
 * A customer as it is shown: the stored aggregate plus what is derived on read.
 *
 * @param breadcrumb         the ancestors root first, then the customer itself
 * @param tags               its tags, resolved from the account's catalogue, by name
 * @param effectiveBilling   the billing settings that apply, and where they come from
 * @param effectiveAppSettings the app settings that apply, and where they come from
 */
public record CustomerDetails(Customer customer, String accountName, List<Crumb> breadcrumb, List<Tag> tags,
        Inherited<BillingSettings> effectiveBilling, Inherited<AppSettings> effectiveAppSettings) {

    /** One step of the way from the root to a customer. */
    public record Crumb(String id, String name) {}

    /**
     * Settings in effect and their origin: a customer (the nearest that overrides, possibly the
     * customer itself), or, with a null id, the account's defaults or the system's.
     */
    public record Inherited<T>(T value, String sourceCustomerId, String sourceName) {

        public boolean isInherited(String customerId) {
            return !customerId.equals(sourceCustomerId);
        }
    }

    public String id() {
        return customer.getId();
    }
}
