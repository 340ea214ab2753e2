package com.switchboard.schedule;

import com.switchboard.base.domain.DataValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule of a {@link Schedule}. A {@link RuleType#TIME} rule's occurrences are the RFC 5545
 * recurrence described by the {@code by*} lists, {@code frequency}, {@code interval}, {@code count}
 * and {@code untilDate}, starting at {@code startDate} {@code startTime}. {@code condition},
 * {@code source}, {@code flowId} and {@code flowParams} are kept for API callers and do not affect
 * the state. Immutable: its lists and {@code flowParams} are unmodifiable copies.
 */
public record SchedulingRule(
        String id,
        String name,
        int priority,
        String state,
        String source,
        String condition,
        RuleType simpleRuleType,
        String customerState,
        String flowId,
        Map<String, DataValue> flowParams,
        boolean isAllDay,
        LocalDate startDate,
        LocalTime startTime,
        LocalTime endTime,
        List<Integer> bySetPosition,
        List<Integer> byMonth,
        List<Integer> byWeekNo,
        List<Integer> byYearDay,
        List<Integer> byMonthDay,
        List<Day> byDay,
        List<Integer> byHour,
        List<Integer> byMinute,
        int interval,
        int count,
        LocalDate untilDate,
        Frequency frequency) {

    public SchedulingRule {
        flowParams = flowParams == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(flowParams));
        bySetPosition = frozen(bySetPosition);
        byMonth = frozen(byMonth);
        byWeekNo = frozen(byWeekNo);
        byYearDay = frozen(byYearDay);
        byMonthDay = frozen(byMonthDay);
        byDay = frozen(byDay);
        byHour = frozen(byHour);
        byMinute = frozen(byMinute);
    }

    /** An unmodifiable copy (null stays null, and so do null items). */
    private static <T> List<T> frozen(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** How a rule decides whether it matches. */
    public enum RuleType { ALWAYS, CUSTOMER_STATE, TIME }

    /** The recurrence frequency; {@link #NONE} is the single occurrence at the start. */
    public enum Frequency { NONE, SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY }

    /** A weekday with an optional offset: {@code (1, MONDAY)} is the first Monday, -1 the last. */
    public record Day(int offset, DayOfWeek dayOfWeek) {}
}
