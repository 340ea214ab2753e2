package com.switchboard.account;

import java.time.Instant;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A tenant of the voice platform. Customers belong to exactly one account. Its name is unique
 * without regard to case ({@code nameLower} is what the database holds unique); {@code maxPhoneNumbers}
 * null means no limit.
 */
@Table("account")
public record Account(@Id String id, String name, String nameLower, Integer maxPhoneNumbers,
        BillingSettings billingSettings, Instant dateCreated, Instant dateLastModified, String createdBy,
        String lastModifiedBy, @Version Long version) {

    public static Account create(String id, String name, BillingSettings defaults, Instant now, String by) {
        return new Account(id, name, lower(name), null, defaults, now, now, by, by, null);
    }

    /** The billing settings customers of this account inherit when no ancestor overrides them. */
    public BillingSettings defaultBillingSettings() {
        return billingSettings == null ? BillingSettings.FREE : billingSettings;
    }

    /** This account with the given name, limit and billing defaults, stamped as changed by {@code by}. */
    public Account changed(String newName, Integer newMaxPhoneNumbers, BillingSettings newBilling, Instant now,
            String by) {
        Instant stamp = dateLastModified != null && dateLastModified.isAfter(now) ? dateLastModified : now;
        return new Account(id, newName, lower(newName), newMaxPhoneNumbers, newBilling, dateCreated, stamp, createdBy,
                by, version);
    }

    static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
