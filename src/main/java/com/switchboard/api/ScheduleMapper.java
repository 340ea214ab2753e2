package com.switchboard.api;

import com.switchboard.api.dto.ScheduleDay;
import com.switchboard.base.domain.DataValue;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.domain.ValidationException.FieldError;
import com.switchboard.schedule.Schedule;
import com.switchboard.schedule.SchedulingRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Schedules from the wire: dates {@code 2026-01-05}, times {@code HH:mm} or {@code HH:mm:ss}, .NET day names. */
final class ScheduleMapper {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm[:ss]");

    private ScheduleMapper() {}

    /** The domain schedule, or a {@link ValidationException} naming every unreadable field. */
    static Schedule fromDto(com.switchboard.api.dto.Schedule dto) {
        if (dto == null) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        List<SchedulingRule> rules = new ArrayList<>();
        List<com.switchboard.api.dto.SchedulingRule> wireRules = dto.rules == null ? List.of() : dto.rules;
        for (int i = 0; i < wireRules.size(); i++) {
            rules.add(rule("schedule.rules[" + i + "].", wireRules.get(i), errors));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Schedule(blankToNull(dto.timeZoneId), dto.inherit, dto.forceClosed, rules,
                blankToNull(dto.defaultState));
    }

    private static SchedulingRule rule(String at, com.switchboard.api.dto.SchedulingRule r, List<FieldError> errors) {
        if (r == null) {
            errors.add(new FieldError(at.substring(0, at.length() - 1), "A rule is missing"));
            return null;
        }
        SchedulingRule.RuleType type = r.simpleRuleType == null ? null : switch (r.simpleRuleType) {
            case Always -> SchedulingRule.RuleType.ALWAYS;
            case CustomerState -> SchedulingRule.RuleType.CUSTOMER_STATE;
            case Time -> SchedulingRule.RuleType.TIME;
        };
        SchedulingRule.Frequency frequency = r.frequency == null ? null
                : SchedulingRule.Frequency.values()[r.frequency.ordinal()];
        List<SchedulingRule.Day> days = null;
        if (r.byDay != null) {
            days = new ArrayList<>();
            for (ScheduleDay d : r.byDay) {
                days.add(d == null || d.dayOfWeek == null ? null
                        : new SchedulingRule.Day(d.offset, DayOfWeek.of(d.dayOfWeek.ordinal() == 0 ? 7 : d.dayOfWeek.ordinal())));
            }
        }
        Map<String, DataValue> flowParams = r.flowParams == null ? null : ValueMapper.struct(r.flowParams);
        return new SchedulingRule(r.id, r.name, r.priority, r.state, r.source, r.condition, type, r.customerState,
                r.flowId, flowParams, r.isAllDay, date(at + "startDate", r.startDate, errors),
                time(at + "startTime", r.startTime, errors), time(at + "endTime", r.endTime, errors), r.bySetPosition,
                r.byMonth, r.byWeekNo, r.byYearDay, r.byMonthDay, days, r.byHour, r.byMinute, r.interval, r.count,
                date(at + "untilDate", r.untilDate, errors), frequency);
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + text + "' is not a date like 2026-01-05"));
            return null;
        }
    }

    private static LocalTime time(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip(), TIME);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + text + "' is not a 24-hour time like 09:00"));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Struct values from the wire. */
    static final class ValueMapper {
        private ValueMapper() {}

        static Map<String, DataValue> struct(Map<String, com.switchboard.api.dto.Value> values) {
            Map<String, DataValue> struct = new LinkedHashMap<>();
            values.forEach((k, v) -> struct.put(k, value(v)));
            return struct;
        }

        static DataValue value(com.switchboard.api.dto.Value v) {
            return v == null ? null : new DataValue(v.boolValue, v.stringValue, v.numberValue,
                    v.listValue == null ? null : v.listValue.stream().map(ValueMapper::struct).toList(),
                    v.structValue == null ? null : struct(v.structValue));
        }
    }
}
