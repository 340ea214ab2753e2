package com.switchboard.schedule.ui;

import com.switchboard.schedule.SchedulingRule;
import com.switchboard.schedule.SchedulingRule.Day;
import com.switchboard.schedule.SchedulingRule.Frequency;
import com.switchboard.schedule.SchedulingRule.RuleType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Scheduling rules in plain language, with times in one format everywhere: 24-hour {@code HH:mm}. */
final class RuleText {

    /** The one time format of the schedule editor: pickers, summaries and the preview. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    /** A 24-hour locale for the pickers, so that they show what the summaries show. */
    static final Locale PICKER_LOCALE = Locale.UK;
    static final String ON_EVERY = "every";

    private RuleText() {}

    /** A rule in words: "Every weekday, 09:00–17:00 → Business Hours". */
    static String describe(SchedulingRule r) {
        return describe(r, false);
    }

    /**
     * A rule as the rule list shows it: in words, with the start date ("from 2027-01-04") of a
     * repeating time rule when it matters: when the rule starts after {@code today} (the schedule's
     * today), or when another rule of {@code rules} reads the same but starts on another day.
     */
    static String inList(SchedulingRule r, List<SchedulingRule> rules, LocalDate today) {
        if (!repeats(r) || r.startDate() == null) {
            return describe(r);
        }
        String text = describe(r);
        boolean twin = rules.stream().anyMatch(other -> other != r && repeats(other) && other.startDate() != null
                && !other.startDate().equals(r.startDate()) && describe(other).equals(text));
        return twin || r.startDate().isAfter(today) ? describe(r, true) : text;
    }

    /** Today in the time zone {@code zoneId}, or in the clock's while no valid zone is chosen. */
    static LocalDate today(Clock clock, String zoneId) {
        boolean valid = zoneId != null && ZoneId.getAvailableZoneIds().contains(zoneId);
        return LocalDate.ofInstant(clock.instant(), valid ? ZoneId.of(zoneId) : clock.getZone());
    }

    /** A time rule that repeats: its start date is not in its words. */
    private static boolean repeats(SchedulingRule r) {
        return r.simpleRuleType() == RuleType.TIME && r.frequency() != null && r.frequency() != Frequency.NONE;
    }

    private static String describe(SchedulingRule r, boolean withStart) {
        String target = " → " + r.state();
        RuleType type = r.simpleRuleType() == null ? RuleType.ALWAYS : r.simpleRuleType();
        if (type == RuleType.ALWAYS) {
            return "Always" + target;
        }
        if (type == RuleType.CUSTOMER_STATE) {
            return "When the parent is in " + r.customerState() + target;
        }
        String times = r.isAllDay() ? "all day" : time(r.startTime()) + "–" + time(r.endTime());
        Frequency f = r.frequency() == null ? Frequency.NONE : r.frequency();
        String when = switch (f) {
            case NONE -> "Once on " + r.startDate();
            case YEARLY -> every(r, "year") + yearlyDetail(r);
            case MONTHLY -> every(r, "month") + monthlyDetail(r);
            case WEEKLY -> r.byDay() == null || r.byDay().isEmpty() ? every(r, "week")
                    : every(r, "") + " " + days(r.byDay());
            case DAILY -> every(r, "day") + (r.byDay() == null || r.byDay().isEmpty() ? "" : " on " + days(r.byDay()));
            case HOURLY -> every(r, "hour");
            default -> f.name().toLowerCase(Locale.ROOT);
        };
        String from = withStart ? ", from " + r.startDate() : "";
        String limit = r.count() > 0 ? ", " + r.count() + " times" : r.untilDate() != null ? ", until " + r.untilDate() : "";
        return when + ", " + times + from + limit + target;
    }

    /** The rule's name, or its position when it has none. */
    static String title(SchedulingRule r, int position) {
        return r.name() == null || r.name().isBlank() ? "Rule " + position : r.name();
    }

    static String time(LocalTime time) {
        return time == null ? "?" : TIME.format(time);
    }

    private static String every(SchedulingRule r, String unit) {
        if (r.interval() > 1) {
            return "Every " + r.interval() + " " + (unit.isEmpty() ? "weeks on" : unit + "s");
        }
        return unit.isEmpty() ? "Every" : "Every " + unit;
    }

    private static String yearlyDetail(SchedulingRule r) {
        if (r.byMonth() != null && r.byMonthDay() != null && r.byMonth().size() == 1 && r.byMonthDay().size() == 1) {
            return " on " + r.byMonthDay().get(0) + " " + Month.of(r.byMonth().get(0))
                    .getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        if (r.byMonth() != null) {
            return " in " + r.byMonth().stream().map(m -> Month.of(m).getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                    .collect(Collectors.joining(", "));
        }
        return "";
    }

    private static String monthlyDetail(SchedulingRule r) {
        if (r.byDay() != null && !r.byDay().isEmpty()) {
            return " on the " + days(r.byDay());
        }
        if (r.byMonthDay() != null) {
            return " on day " + r.byMonthDay().stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return "";
    }

    static String days(List<Day> days) {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        days.forEach(d -> set.add(d.dayOfWeek()));
        boolean plain = days.stream().allMatch(d -> d.offset() == 0);
        if (plain && set.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
            return "weekday";
        }
        if (plain && set.equals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))) {
            return "weekend day";
        }
        return days.stream().sorted(Comparator.comparing(Day::dayOfWeek))
                .map(d -> (d.offset() == 0 ? "" : offsetLabel(d.offset()) + " ")
                        + d.dayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .distinct().collect(Collectors.joining(", "));
    }

    static String offsetLabel(int offset) {
        return switch (offset) {
            case 1 -> "1st";
            case 2 -> "2nd";
            case 3 -> "3rd";
            case 4 -> "4th";
            case -1 -> "last";
            default -> ON_EVERY;
        };
    }
}
