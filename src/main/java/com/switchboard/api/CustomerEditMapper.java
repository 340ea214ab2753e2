package com.switchboard.api;

import com.switchboard.account.BillingItem;
import com.switchboard.account.BillingSettings;
import com.switchboard.api.dto.PatchCustomer;
import com.switchboard.api.dto.Value;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.customer.AppSettings;
import com.switchboard.customer.CustomerData;
import com.switchboard.customer.CustomerEdit;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Wire members of NewCustomer and PatchCustomer as the domain's values. */
final class CustomerEditMapper {

    private CustomerEditMapper() {}

    static CustomerData data(Map<String, Value> struct) {
        return struct == null ? null : new CustomerData(ScheduleMapper.ValueMapper.struct(struct));
    }

    /**
     * The edit that changes {@code current} in the members {@code present} names, to the values of
     * {@code patch}; every other member keeps its current value.
     */
    static CustomerEdit patch(CustomerEdit current, PatchCustomer patch, Set<String> present) {
        return new CustomerEdit(
                present.contains("name") ? patch.name : current.name(),
                present.contains("referenceId") ? patch.referenceId : current.referenceId(),
                present.contains("parentCustomerId") ? blankToNull(patch.parentCustomerId) : current.parentCustomerId(),
                present.contains("tagIds") ? tagIds(patch) : current.tagIds(),
                present.contains("data") ? data(patch.data) : current.data(),
                current.integrationData(),
                present.contains("overrideBillingSettings")
                        ? required(patch.overrideBillingSettings, "overrideBillingSettings")
                        : current.overrideBillingSettings(),
                present.contains("billingSettings") ? billing(patch.billingSettings) : current.billingSettings(),
                present.contains("overrideAppSettings")
                        ? required(patch.overrideAppSettings, "overrideAppSettings")
                        : current.overrideAppSettings(),
                present.contains("appSettings") ? app(patch.appSettings) : current.appSettings(),
                present.contains("schedule") ? ScheduleMapper.fromDto(patch.schedule) : current.schedule());
    }

    private static Set<String> tagIds(PatchCustomer patch) {
        if (patch.tagIds == null) {
            return Set.of();
        }
        if (patch.tagIds.stream().anyMatch(Objects::isNull)) {
            throw new ValidationException("tagIds", "A tag ID is missing");
        }
        return new HashSet<>(patch.tagIds);
    }

    private static boolean required(Boolean value, String field) {
        if (value == null) {
            throw new ValidationException(field, "'" + field + "' must be true or false, not null");
        }
        return value;
    }

    static BillingSettings billing(com.switchboard.api.dto.BillingSettings s) {
        if (s == null) {
            return null;
        }
        return new BillingSettings(item(s.base), item(s.localNumbers), item(s.tollFreeNumbers),
                item(s.inboundVoiceCalls), item(s.outboundVoiceCalls), item(s.inboundFaxes), item(s.outboundFaxes),
                item(s.inboundSmsMessages), item(s.outboundSmsMessages), item(s.aiInsights), item(s.aiLiveMinutes));
    }

    /** A missing item bills nothing, as a missing member of the reference's settings reads as zeros. */
    private static BillingItem item(com.switchboard.api.dto.BillingItem item) {
        return item == null ? BillingItem.FREE
                : new BillingItem(item.baseCost, item.rawUnitMultiplier, item.unitCost, item.allowance);
    }

    static AppSettings app(com.switchboard.api.dto.AppSettings s) {
        if (s == null) {
            return null;
        }
        return new AppSettings(s.enablePhoneNumberManagement, s.enableDeviceManagement, s.enableDialer,
                s.enableCallHistory, s.enableAssistants, s.showFileNameInMessageCenter, s.chakraTheme, s.customCss,
                s.pageTitle, s.stringMappings, s.logoutUrl, s.portMyNumberUrl);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
