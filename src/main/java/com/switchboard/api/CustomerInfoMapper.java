package com.switchboard.api;

import com.switchboard.account.BillingItem;
import com.switchboard.account.BillingSettings;
import com.switchboard.api.dto.AppSettings;
import com.switchboard.api.dto.CustomerBreadcrumb;
import com.switchboard.api.dto.CustomerInfo;
import com.switchboard.api.dto.DayOfWeek;
import com.switchboard.api.dto.IntegrationData;
import com.switchboard.api.dto.ScheduleDay;
import com.switchboard.api.dto.SchedulingRule;
import com.switchboard.api.dto.SchedulingRuleFrequency;
import com.switchboard.api.dto.SimpleSchedulingRuleTypes;
import com.switchboard.api.dto.Tag;
import com.switchboard.api.dto.TagColors;
import com.switchboard.api.dto.Value;
import com.switchboard.base.domain.DataValue;
import com.switchboard.customer.Customer;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.schedule.Schedule;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The domain's customers in the shape of the reference's {@code CustomerInfo}. */
final class CustomerInfoMapper {

    /** Dates on the wire: ISO-8601 in UTC with milliseconds. */
    static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private CustomerInfoMapper() {}

    static CustomerInfo toInfo(CustomerDetails details) {
        Customer c = details.customer();
        CustomerInfo info = new CustomerInfo();
        info.id = c.getId();
        info.dateCreated = date(c.getDateCreated());
        info.dateLastModified = date(c.getDateLastModified());
        info.createdBy = c.getCreatedBy();
        info.lastModifiedBy = c.getLastModifiedBy();
        info.accountId = c.getAccountId();
        info.accountName = details.accountName();
        info.parentCustomerId = c.getParentCustomerId();
        info.breadcrumb = details.breadcrumb().stream().map(b -> new CustomerBreadcrumb(b.id(), b.name())).toList();
        info.isStaging = c.isStaging();
        info.name = c.getName();
        info.referenceId = c.getReferenceId();
        info.data = c.getData() == null ? null : struct(c.getData().values());
        info.tags = details.tags().stream().map(CustomerInfoMapper::tag).toList();
        info.schedule = c.getSchedule() == null ? null : schedule(c.getSchedule());
        if (c.getIntegrationData() != null) {
            Map<String, IntegrationData> integrations = new LinkedHashMap<>();
            c.getIntegrationData().thirdPartyIds().forEach((k, v) -> integrations.put(k, new IntegrationData(v)));
            info.integrationData = integrations;
        }
        info.overrideBillingSettings = c.isOverrideBillingSettings();
        info.billingSettings = c.getBillingSettings() == null ? null : billing(c.getBillingSettings());
        info.overrideAppSettings = c.isOverrideAppSettings();
        info.appSettings = c.getAppSettings() == null ? null : app(c.getAppSettings());
        return info;
    }

    static String date(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant);
    }

    static Tag tag(com.switchboard.customer.Tag tag) {
        Tag dto = new Tag();
        dto.id = tag.id();
        dto.name = tag.name();
        dto.color = TagColors.valueOf(tag.color().name());
        return dto;
    }

    static Map<String, Value> struct(Map<String, DataValue> values) {
        Map<String, Value> struct = new LinkedHashMap<>();
        values.forEach((k, v) -> struct.put(k, value(v)));
        return struct;
    }

    static Value value(DataValue v) {
        Value dto = new Value();
        dto.boolValue = v.boolValue();
        dto.stringValue = v.stringValue();
        dto.numberValue = v.numberValue();
        dto.listValue = v.listValue() == null ? null : v.listValue().stream().map(CustomerInfoMapper::struct).toList();
        dto.structValue = v.structValue() == null ? null : struct(v.structValue());
        return dto;
    }

    static com.switchboard.api.dto.BillingSettings billing(BillingSettings s) {
        var dto = new com.switchboard.api.dto.BillingSettings();
        dto.base = item(s.base());
        dto.localNumbers = item(s.localNumbers());
        dto.tollFreeNumbers = item(s.tollFreeNumbers());
        dto.inboundVoiceCalls = item(s.inboundVoiceCalls());
        dto.outboundVoiceCalls = item(s.outboundVoiceCalls());
        dto.inboundFaxes = item(s.inboundFaxes());
        dto.outboundFaxes = item(s.outboundFaxes());
        dto.inboundSmsMessages = item(s.inboundSmsMessages());
        dto.outboundSmsMessages = item(s.outboundSmsMessages());
        dto.aiInsights = item(s.aiInsights());
        dto.aiLiveMinutes = item(s.aiLiveMinutes());
        return dto;
    }

    private static com.switchboard.api.dto.BillingItem item(BillingItem item) {
        if (item == null) {
            return null;
        }
        var dto = new com.switchboard.api.dto.BillingItem();
        dto.baseCost = item.baseCost();
        dto.rawUnitMultiplier = item.rawUnitMultiplier();
        dto.unitCost = item.unitCost();
        dto.allowance = item.allowance();
        return dto;
    }

    private static AppSettings app(com.switchboard.customer.AppSettings s) {
        AppSettings dto = new AppSettings();
        dto.enablePhoneNumberManagement = s.enablePhoneNumberManagement();
        dto.enableDeviceManagement = s.enableDeviceManagement();
        dto.enableDialer = s.enableDialer();
        dto.enableCallHistory = s.enableCallHistory();
        dto.enableAssistants = s.enableAssistants();
        dto.showFileNameInMessageCenter = s.showFileNameInMessageCenter();
        dto.chakraTheme = s.chakraTheme();
        dto.customCss = s.customCss();
        dto.pageTitle = s.pageTitle();
        dto.stringMappings = s.stringMappings();
        dto.logoutUrl = s.logoutUrl();
        dto.portMyNumberUrl = s.portMyNumberUrl();
        return dto;
    }

    static com.switchboard.api.dto.Schedule schedule(Schedule s) {
        var dto = new com.switchboard.api.dto.Schedule();
        dto.timeZoneId = s.timeZoneId();
        dto.inherit = s.inherit();
        dto.forceClosed = s.forceClosed();
        dto.defaultState = s.defaultState();
        dto.rules = s.rules().stream().map(CustomerInfoMapper::rule).toList();
        return dto;
    }

    private static SchedulingRule rule(com.switchboard.schedule.SchedulingRule r) {
        SchedulingRule dto = new SchedulingRule();
        dto.id = r.id();
        dto.name = r.name();
        dto.priority = r.priority();
        dto.state = r.state();
        dto.source = r.source();
        dto.condition = r.condition();
        dto.simpleRuleType = r.simpleRuleType() == null ? null : switch (r.simpleRuleType()) {
            case ALWAYS -> SimpleSchedulingRuleTypes.Always;
            case CUSTOMER_STATE -> SimpleSchedulingRuleTypes.CustomerState;
            case TIME -> SimpleSchedulingRuleTypes.Time;
        };
        dto.customerState = r.customerState();
        dto.flowId = r.flowId();
        dto.flowParams = r.flowParams() == null ? null : struct(r.flowParams());
        dto.isAllDay = r.isAllDay();
        dto.startDate = r.startDate() == null ? null : r.startDate().toString();
        dto.startTime = time(r.startTime());
        dto.endTime = time(r.endTime());
        dto.bySetPosition = r.bySetPosition();
        dto.byMonth = r.byMonth();
        dto.byWeekNo = r.byWeekNo();
        dto.byYearDay = r.byYearDay();
        dto.byMonthDay = r.byMonthDay();
        dto.byDay = r.byDay() == null ? null : r.byDay().stream().map(CustomerInfoMapper::day).toList();
        dto.byHour = r.byHour();
        dto.byMinute = r.byMinute();
        dto.interval = r.interval();
        dto.count = r.count();
        dto.untilDate = r.untilDate() == null ? null : r.untilDate().toString();
        dto.frequency = r.frequency() == null ? null
                : SchedulingRuleFrequency.values()[r.frequency().ordinal()];
        return dto;
    }

    private static String time(LocalTime time) {
        return time == null ? null : TIME.format(time);
    }

    private static ScheduleDay day(com.switchboard.schedule.SchedulingRule.Day d) {
        ScheduleDay dto = new ScheduleDay();
        dto.offset = d.offset();
        // .NET counts Sunday as 0; java.time counts Monday as 1 .. Sunday as 7.
        dto.dayOfWeek = DayOfWeek.values()[d.dayOfWeek().getValue() % 7];
        return dto;
    }
}
