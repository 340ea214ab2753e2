package com.switchboard.customer;

import com.switchboard.account.BillingSettings;
import com.switchboard.schedule.Schedule;
import java.util.Objects;
import java.util.Set;

/**
 * Everything about a customer a person can edit, as one snapshot: the editor reads one, changes it
 * and hands it back with the version it started from.
 */
public record CustomerEdit(
        String name,
        String referenceId,
        String parentCustomerId,
        Set<String> tagIds,
        CustomerData data,
        IntegrationData integrationData,
        boolean overrideBillingSettings,
        BillingSettings billingSettings,
        boolean overrideAppSettings,
        AppSettings appSettings,
        Schedule schedule) {

    public CustomerEdit {
        tagIds = tagIds == null ? Set.of() : Set.copyOf(tagIds);
    }

    /**
     * Re-applies an edit on top of a newer version: every field {@code mine} changed from
     * {@code base} takes its value from {@code mine}, every other field comes from {@code theirs}.
     */
    public static CustomerEdit reapply(CustomerEdit base, CustomerEdit mine, CustomerEdit theirs) {
        boolean billingChanged = mine.overrideBillingSettings != base.overrideBillingSettings
                || !Objects.equals(mine.billingSettings, base.billingSettings);
        boolean appChanged = mine.overrideAppSettings != base.overrideAppSettings
                || !Objects.equals(mine.appSettings, base.appSettings);
        return new CustomerEdit(
                pick(base.name, mine.name, theirs.name),
                pick(base.referenceId, mine.referenceId, theirs.referenceId),
                pick(base.parentCustomerId, mine.parentCustomerId, theirs.parentCustomerId),
                pick(base.tagIds, mine.tagIds, theirs.tagIds),
                pick(base.data, mine.data, theirs.data),
                pick(base.integrationData, mine.integrationData, theirs.integrationData),
                billingChanged ? mine.overrideBillingSettings : theirs.overrideBillingSettings,
                billingChanged ? mine.billingSettings : theirs.billingSettings,
                appChanged ? mine.overrideAppSettings : theirs.overrideAppSettings,
                appChanged ? mine.appSettings : theirs.appSettings,
                pick(base.schedule, mine.schedule, theirs.schedule));
    }

    private static <T> T pick(T base, T mine, T theirs) {
        return Objects.equals(base, mine) ? theirs : mine;
    }

    public static CustomerEdit of(Customer c) {
        return new CustomerEdit(c.getName(), c.getReferenceId(), c.getParentCustomerId(), c.getTagIds(), c.getData(),
                c.getIntegrationData(), c.isOverrideBillingSettings(), c.getBillingSettings(),
                c.isOverrideAppSettings(), c.getAppSettings(), c.getSchedule());
    }
}
