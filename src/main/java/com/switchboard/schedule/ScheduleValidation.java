package com.switchboard.schedule;

import com.switchboard.base.domain.DataRules;
import com.switchboard.base.domain.PlainText;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.schedule.SchedulingRule.Frequency;
import com.switchboard.schedule.SchedulingRule.RuleType;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Every problem of a schedule, each naming its field as API callers spell it. */
public final class ScheduleValidation {

    /** One problem: the field path (e.g. {@code schedule.rules[0].byHour}) and what is wrong. */
    public record Problem(String field, String message) {}

    private ScheduleValidation() {}

    /**
     * The problems of {@code schedule} saved on a customer with ({@code hasParent}) or without a
     * parent; none for a null schedule (nothing to evaluate).
     */
    public static List<Problem> problems(Schedule schedule, boolean hasParent) {
        List<Problem> problems = new ArrayList<>();
        if (schedule == null) {
            return problems;
        }
        texts(schedule, problems);
        if (schedule.inherit()) {
            if (!hasParent) {
                problems.add(new Problem("schedule.inherit", "A top-level customer has no schedule to inherit"));
            }
            return problems;
        }
        if (schedule.timeZoneId() == null || schedule.timeZoneId().isBlank()) {
            problems.add(new Problem("schedule.timeZoneId", "Choose a time zone"));
        } else {
            try {
                ZoneId.of(schedule.timeZoneId());
            } catch (DateTimeException e) {
                problems.add(new Problem("schedule.timeZoneId", "'" + schedule.timeZoneId() + "' is not a time zone"));
            }
        }
        if (blank(schedule.defaultState()) && !schedule.forceClosed()) {
            problems.add(new Problem("schedule.defaultState", "Name the state when no rule matches"));
        }
        for (int i = 0; i < schedule.rules().size(); i++) {
            rule("schedule.rules[" + i + "].", schedule.rules().get(i), hasParent, problems);
        }
        return problems;
    }

    /** Every text of the schedule, also of one that inherits (it is stored and answered all the same). */
    private static void texts(Schedule schedule, List<Problem> problems) {
        text("schedule.timeZoneId", "The time zone", schedule.timeZoneId(), problems);
        text("schedule.defaultState", "The default state", schedule.defaultState(), problems);
        for (int i = 0; i < schedule.rules().size(); i++) {
            SchedulingRule r = schedule.rules().get(i);
            if (r != null) {
                ruleTexts("schedule.rules[" + i + "].", r, problems);
            }
        }
    }

    private static void ruleTexts(String at, SchedulingRule r, List<Problem> problems) {
        text(at + "id", "The rule's id", r.id(), problems);
        text(at + "name", "The name", r.name(), problems);
        text(at + "state", "The state", r.state(), problems);
        text(at + "source", "The source", r.source(), problems);
        text(at + "condition", "The condition", r.condition(), problems);
        text(at + "customerState", "The parent's state", r.customerState(), problems);
        text(at + "flowId", "The flow id", r.flowId(), problems);
        try {
            DataRules.require(at + "flowParams", r.flowParams());
        } catch (ValidationException e) {
            e.errors().forEach(error -> problems.add(new Problem(error.field(), error.message())));
        }
    }

    private static void rule(String at, SchedulingRule r, boolean hasParent, List<Problem> problems) {
        if (blank(r.state())) {
            problems.add(new Problem(at + "state", "Name the state this rule gives"));
        }
        RuleType type = r.simpleRuleType() == null ? RuleType.ALWAYS : r.simpleRuleType();
        if (type == RuleType.CUSTOMER_STATE && blank(r.customerState())) {
            problems.add(new Problem(at + "customerState", "Name the parent's state this rule follows"));
        }
        if (type != RuleType.TIME) {
            return;
        }
        if (r.startDate() == null) {
            problems.add(new Problem(at + "startDate", "A time rule needs a start date"));
        }
        if (!r.isAllDay()) {
            if (r.startTime() == null) {
                problems.add(new Problem(at + "startTime", "Enter a start time (HH:mm) or make the rule all-day"));
            }
            if (r.endTime() == null) {
                problems.add(new Problem(at + "endTime", "Enter an end time (HH:mm) or make the rule all-day"));
            }
        }
        Frequency frequency = r.frequency() == null ? Frequency.NONE : r.frequency();
        if (frequency == Frequency.SECONDLY || frequency == Frequency.MINUTELY) {
            problems.add(new Problem(at + "frequency", "Schedules recur hourly at the most often"));
        }
        if (r.interval() < 0 || (frequency != Frequency.NONE && r.interval() == 0)) {
            problems.add(new Problem(at + "interval", "The interval must be 1 or more"));
        }
        if (r.count() < 0) {
            problems.add(new Problem(at + "count", "The count must be 1 or more (0: no limit)"));
        }
        if (r.count() > 0 && r.untilDate() != null) {
            problems.add(new Problem(at + "count", "Give a count or an until date, not both"));
        }
        if (r.untilDate() != null && r.startDate() != null && r.untilDate().isBefore(r.startDate())) {
            problems.add(new Problem(at + "untilDate", "The until date is before the start date"));
        }
        range(at + "byMonth", r.byMonth(), 1, 12, false, problems);
        range(at + "byWeekNo", r.byWeekNo(), 1, 53, true, problems);
        range(at + "byYearDay", r.byYearDay(), 1, 366, true, problems);
        range(at + "byMonthDay", r.byMonthDay(), 1, 31, true, problems);
        range(at + "bySetPosition", r.bySetPosition(), 1, 366, true, problems);
        range(at + "byHour", r.byHour(), 0, 23, false, problems);
        range(at + "byMinute", r.byMinute(), 0, 59, false, problems);
        if (r.byDay() != null) {
            for (SchedulingRule.Day d : r.byDay()) {
                if (d == null || d.dayOfWeek() == null) {
                    problems.add(new Problem(at + "byDay", "Each day needs a weekday"));
                } else if (d.offset() < -53 || d.offset() > 53) {
                    problems.add(new Problem(at + "byDay", "A weekday offset is between -53 and 53"));
                }
            }
        }
        if (r.bySetPosition() != null && !r.bySetPosition().isEmpty() && frequency == Frequency.NONE) {
            problems.add(new Problem(at + "bySetPosition", "Set positions need a frequency"));
        }
    }

    private static void range(String field, List<Integer> values, int min, int max, boolean signed,
            List<Problem> problems) {
        if (values == null) {
            return;
        }
        for (Integer v : values) {
            boolean ok = v != null && ((v >= min && v <= max) || (signed && v <= -min && v >= -max));
            if (!ok) {
                problems.add(new Problem(field, v + " is not allowed here: use " + min + " to " + max
                        + (signed ? " (or -" + max + " to -" + min + " counting from the end)" : "")));
                return;
            }
        }
    }

    /**
     * A text member that is not {@link PlainText} (one line) is a problem of its own; white space
     * alone is left to the rules that require a value ({@link #blank}).
     */
    private static void text(String field, String label, String value, List<Problem> problems) {
        String problem = PlainText.problem(value, false);
        if (problem != null && !(problem.equals(PlainText.NOTHING_VISIBLE) && value.isBlank())) {
            problems.add(new Problem(field, label + " " + problem));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
