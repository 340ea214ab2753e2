package com.switchboard.customer;

import com.switchboard.account.BillingSettings;
import java.util.List;

/**
 * A customer as it is shown: the stored aggregate plus what is derived on read.
 *
 * @param breadcrumb         the ancestors root first, then the customer itself
 * @param tags               its tags, resolved from the account's catalogue, by name
 * @param inheritedBilling   the billing settings that apply when the customer does not override
 * @param inheritedAppSettings the app settings that apply when the customer does not override
 */
public record CustomerDetails(Customer customer, String accountName, List<Crumb> breadcrumb, List<Tag> tags,
        Inherited<BillingSettings> inheritedBilling, Inherited<AppSettings> inheritedAppSettings) {

    /** The billing settings that apply, and where they come from. */
    public Inherited<BillingSettings> effectiveBilling() {
        return customer.isOverrideBillingSettings() && customer.getBillingSettings() != null
                ? new Inherited<>(customer.getBillingSettings(), customer.getId(), customer.getName())
                : inheritedBilling;
    }

    /** The app settings that apply, and where they come from. */
    public Inherited<AppSettings> effectiveAppSettings() {
        return customer.isOverrideAppSettings() && customer.getAppSettings() != null
                ? new Inherited<>(customer.getAppSettings(), customer.getId(), customer.getName())
                : inheritedAppSettings;
    }

    /** The parent's step of the breadcrumb; null for a top-level customer. */
    public Crumb parent() {
        return breadcrumb.size() < 2 ? null : breadcrumb.get(breadcrumb.size() - 2);
    }

    /** One step of the way from the root to a customer. */
    public record Crumb(String id, String name) {}

    /**
     * Settings in effect and their origin: a customer (the nearest that overrides, possibly the
     * customer itself), or, with a null id, the account's defaults or the system's.
     */
    public record Inherited<T>(T value, String sourceCustomerId, String sourceName) {}

    public String id() {
        return customer.getId();
    }
}
