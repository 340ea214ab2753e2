package com.switchboard.account;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A tenant of the voice platform. Customers belong to exactly one account. */
@Table("account")
public record Account(@Id String id, String name, BillingSettings billingSettings, @Version Long version) {

    public static Account create(String id, String name, BillingSettings defaults) {
        return new Account(id, name, defaults, null);
    }

    /** The billing settings customers of this account inherit when no ancestor overrides them. */
    public BillingSettings defaultBillingSettings() {
        return billingSettings == null ? BillingSettings.FREE : billingSettings;
    }
}
