package com.switchboard.api;

import com.switchboard.api.dto.AppSettings;
import com.switchboard.api.dto.BillingItem;
import com.switchboard.api.dto.BillingSettings;
import com.switchboard.api.dto.CustomerBreadcrumb;
import com.switchboard.api.dto.CustomerInfo;
import com.switchboard.api.dto.DayOfWeek;
import com.switchboard.api.dto.IntegrationData;
import com.switchboard.api.dto.Schedule;
import com.switchboard.api.dto.ScheduleDay;
import com.switchboard.api.dto.SchedulingRule;
import com.switchboard.api.dto.SchedulingRuleFrequency;
import com.switchboard.api.dto.SimpleSchedulingRuleTypes;
import com.switchboard.api.dto.Tag;
import com.switchboard.api.dto.TagColors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The reference's sample documents, and a CustomerInfo filled with the sample's placeholders. */
final class SeedSamples {

    private SeedSamples() {}

    static String resource(String name) {
        try (InputStream in = SeedSamples.class.getResourceAsStream("/seed/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reference sample without the white space between its tags. */
    static String customerInfoXml() {
        return resource("customer-info-response.xml").strip().replaceAll(">\\s+<", "><");
    }

    static String setStagingXml() {
        return resource("set-customer-staging-mode-request.xml");
    }

    /** Every member set as the sample shows it: "String", 0, false, the first enum value. */
    static CustomerInfo placeholderCustomerInfo() {
        CustomerInfo info = new CustomerInfo();
        info.createdBy = info.dateCreated = info.dateLastModified = info.id = info.lastModifiedBy = "String";
        info.accountId = info.accountName = info.name = info.parentCustomerId = info.referenceId = "String";
        AppSettings app = new AppSettings();
        app.chakraTheme = app.customCss = app.logoutUrl = app.pageTitle = app.portMyNumberUrl = "String";
        app.stringMappings = "String";
        info.appSettings = app;
        BillingSettings billing = new BillingSettings();
        billing.aiInsights = new BillingItem();
        billing.aiLiveMinutes = new BillingItem();
        billing.base = new BillingItem();
        billing.inboundFaxes = new BillingItem();
        billing.inboundSmsMessages = new BillingItem();
        billing.inboundVoiceCalls = new BillingItem();
        billing.localNumbers = new BillingItem();
        billing.outboundFaxes = new BillingItem();
        billing.outboundSmsMessages = new BillingItem();
        billing.outboundVoiceCalls = new BillingItem();
        billing.tollFreeNumbers = new BillingItem();
        info.billingSettings = billing;
        info.breadcrumb = List.of(new CustomerBreadcrumb("String", "String"));
        info.data = null;
        info.integrationData = Map.of("String", new IntegrationData("String"));
        Schedule schedule = new Schedule();
        schedule.defaultState = "String";
        schedule.timeZoneId = "String";
        SchedulingRule rule = new SchedulingRule();
        ScheduleDay day = new ScheduleDay();
        day.dayOfWeek = DayOfWeek.Sunday;
        rule.byDay = List.of(day);
        rule.byHour = rule.byMinute = rule.byMonth = rule.byMonthDay = List.of(0);
        rule.bySetPosition = rule.byWeekNo = rule.byYearDay = List.of(0);
        rule.condition = rule.customerState = rule.endTime = rule.flowId = rule.id = rule.name = "String";
        rule.source = rule.startDate = rule.startTime = rule.state = rule.untilDate = "String";
        rule.frequency = SchedulingRuleFrequency.None;
        rule.simpleRuleType = SimpleSchedulingRuleTypes.Always;
        schedule.rules = List.of(rule);
        info.schedule = schedule;
        Tag tag = new Tag();
        tag.color = TagColors.Magenta;
        tag.id = tag.name = "String";
        info.tags = List.of(tag);
        return info;
    }
}
