package com.switchboard.schedule;

import com.switchboard.schedule.SchedulingRule.Frequency;
import com.switchboard.schedule.SchedulingRule.RuleType;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which rules of a schedule can never decide the state because an earlier rule always matches
 * first. Rules are tried in list order (the editor keeps priorities in that order), and the first
 * match wins, so a rule is <em>fully shadowed</em> when an earlier rule matches at every moment it
 * matches. That question is undecidable in general for RFC 5545 recurrences, so the answer here is
 * deliberately conservative: it only says "shadowed" when it can prove it, never on a guess.
 * An earlier rule {@code a} covers a later rule {@code b} when
 * <ul>
 * <li>{@code a} is {@code Always} (it matches at every moment);</li>
 * <li>both are {@code CustomerState} rules for the same parent state;</li>
 * <li>both are {@code Time} rules with the same pattern (frequency, interval and every {@code by*}
 * part, weekdays compared as sets), {@code b} starts on or after {@code a}'s start date, every
 * occurrence of {@code b} is an occurrence of {@code a}, and {@code a}'s window contains {@code b}'s.
 * In detail:
 * <ul>
 * <li><em>Occurrences.</em> With the same start date the two rules repeat alike. With a later start
 * date, {@code b}'s occurrences are the tail of {@code a}'s (lib-recur drops occurrences before the
 * start and applies set positions to whole periods) only when nothing of the pattern is taken from
 * the start date: a weekly rule names its weekdays or both start on the same weekday; a monthly rule
 * names weekdays or days of the month or both start on the same day of the month; a yearly rule
 * names its months or both start in the same month, and names weekdays or days of the month or both
 * start on the same day, and has no week numbers or year days; a single occurrence ({@code None})
 * never has a tail. With an interval above 1 the later start must fall a whole number of intervals
 * after the earlier (days; weeks from Monday; months; years; hours for hourly rules).</li>
 * <li><em>Count and until</em> (a count counts from the rule's own start): {@code a} without either
 * covers {@code b}'s end; otherwise {@code b} needs a count or an until too, and must have no
 * occurrence after {@code a}'s last (its until day, or its last counted occurrence, expanded up to
 * {@value #EXPANSION_LIMIT} occurrences; a longer count is not claimed).</li>
 * <li><em>Windows.</em> An hourly rule, or one with hours or minutes, starts its occurrences at
 * times other than its start time, so it is claimed only when both start at the same time of day
 * (all-day: midnight) and {@code a}'s window is at least as long ({@code a} all day covers only
 * all-day). Otherwise each occurrence starts at the rule's start time on a day both rules share:
 * with the same start time, {@code a}'s window is at least as long (past midnight too: both open
 * at the same instant, and lengths are real time). Otherwise local times are compared, and a clock
 * change moves windows against each other by its size on its day: going back between the two
 * starts, a later window ends that much later; a start in a gap moves forward. So, with
 * <em>m</em> the largest clock change of any time zone since {@code a}'s start date (2 hours in
 * today's rules, Antarctica/Troll), {@code a} all day covers a window within the day that ends at
 * least <em>m</em> before midnight; and with different start times neither window runs past
 * midnight, {@code b} starts at least <em>m</em> after {@code a} and ends at least <em>m</em>
 * before it.</li>
 * </ul></li>
 * </ul>
 * Everything else (a rule covered by the union of several earlier rules, different but overlapping
 * patterns, a rule that never occurs, a rule whose pattern lib-recur refuses or cannot expand) is
 * not reported.
 */
public final class Shadowing {

    /** The most occurrences expanded to find where a counted rule ends. */
    static final int EXPANSION_LIMIT = 10_000;

    private Shadowing() {}

    /** The earliest rule before {@code index} in {@code rules} that fully shadows the rule at {@code index}. */
    public static Optional<SchedulingRule> shadowedBy(List<SchedulingRule> rules, int index) {
        SchedulingRule rule = rules.get(index);
        for (int i = 0; i < index; i++) {
            if (covers(rules.get(i), rule)) {
                return Optional.of(rules.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Where a new rule takes effect: before the first rule that would shadow it, else at the end
     * (0-based position in {@code rules}).
     */
    public static int placement(List<SchedulingRule> rules, SchedulingRule candidate) {
        for (int i = 0; i < rules.size(); i++) {
            if (covers(rules.get(i), candidate)) {
                return i;
            }
        }
        return rules.size();
    }

    /** True when {@code a} matches at every moment {@code b} matches. */
    public static boolean covers(SchedulingRule a, SchedulingRule b) {
        RuleType typeA = type(a);
        RuleType typeB = type(b);
        if (typeA == RuleType.ALWAYS) {
            return true;
        }
        if (typeA != typeB) {
            return false;
        }
        if (typeA == RuleType.CUSTOMER_STATE) {
            return a.customerState() != null && a.customerState().equals(b.customerState());
        }
        if (!complete(a) || !complete(b) || !samePattern(a, b) || b.startDate().isBefore(a.startDate())) {
            return false;
        }
        boolean subDaily = subDaily(a);
        if (subDaily && !anchor(a).equals(anchor(b))) {
            return false;
        }
        if (!windowContains(a, b, subDaily)) {
            return false;
        }
        if (frequency(a) == Frequency.NONE) {
            return a.startDate().equals(b.startDate()); // one occurrence each; count and until do not apply
        }
        if (!a.startDate().equals(b.startDate()) && !sameTail(a, b)) {
            return false;
        }
        try {
            ScheduleEngine.occurrencesFrom(a, LocalDateTime.MIN);
            if (!ScheduleEngine.occurrencesFrom(b, LocalDateTime.MIN).hasNext()) {
                return false; // it never occurs at all: not for the reason this reports
            }
            return endsNoLater(a, b, subDaily);
        } catch (DateTimeException | IllegalArgumentException e) {
            return false; // a recurrence lib-recur refuses or cannot expand: nothing is proven
        }
    }

    private static RuleType type(SchedulingRule r) {
        return r.simpleRuleType() == null ? RuleType.ALWAYS : r.simpleRuleType();
    }

    /** A Time rule with what the engine needs to expand it. */
    private static boolean complete(SchedulingRule r) {
        return r.startDate() != null && (r.isAllDay() || (r.startTime() != null && r.endTime() != null));
    }

    private static boolean samePattern(SchedulingRule a, SchedulingRule b) {
        return frequency(a) == frequency(b)
                && Math.max(a.interval(), 1) == Math.max(b.interval(), 1)
                && sameSet(a.bySetPosition(), b.bySetPosition())
                && sameSet(a.byMonth(), b.byMonth())
                && sameSet(a.byWeekNo(), b.byWeekNo())
                && sameSet(a.byYearDay(), b.byYearDay())
                && sameSet(a.byMonthDay(), b.byMonthDay())
                && sameSet(a.byDay(), b.byDay())
                && sameSet(a.byHour(), b.byHour())
                && sameSet(a.byMinute(), b.byMinute());
    }

    private static Frequency frequency(SchedulingRule r) {
        return r.frequency() == null ? Frequency.NONE : r.frequency();
    }

    private static boolean sameSet(List<?> a, List<?> b) {
        return new HashSet<>(a == null ? List.of() : a).equals(new HashSet<>(b == null ? List.of() : b));
    }

    private static boolean given(List<?> part) {
        return part != null && !part.isEmpty();
    }

    /** Occurrences at times other than the start time: hourly or finer, or with hours or minutes. */
    private static boolean subDaily(SchedulingRule r) {
        Frequency f = frequency(r);
        return f == Frequency.HOURLY || f == Frequency.MINUTELY || f == Frequency.SECONDLY || given(r.byHour())
                || given(r.byMinute());
    }

    /** The time of day the recurrence starts at (DTSTART), as the engine expands it. */
    private static LocalTime anchor(SchedulingRule r) {
        return r.isAllDay() ? LocalTime.MIDNIGHT : r.startTime();
    }

    private static boolean windowContains(SchedulingRule a, SchedulingRule b, boolean subDaily) {
        if (a.isAllDay()) {
            return b.isAllDay() || (!subDaily && withinDay(b)
                    && untilMidnight(b.endTime()).compareTo(largestClockChangeSince(a.startDate())) >= 0);
        }
        if (b.isAllDay()) {
            return false;
        }
        if (a.startTime().equals(b.startTime())) {
            return length(a).compareTo(length(b)) >= 0; // both windows open at the same instant
        }
        Duration margin = largestClockChangeSince(a.startDate());
        return !subDaily && withinDay(a) && withinDay(b)
                && fromTo(a.startTime(), b.startTime()).compareTo(margin) >= 0
                && fromTo(b.endTime(), a.endTime()).compareTo(margin) >= 0;
    }

    private static Duration fromTo(LocalTime from, LocalTime to) {
        return Duration.between(from, to);
    }

    private static Duration untilMidnight(LocalTime time) {
        return Duration.ofDays(1).minusNanos(time.toNanoOfDay());
    }

    /** The largest clock change (gap or overlap) of any time zone on or after a day, in its rules or its history. */
    static Duration largestClockChangeSince(LocalDate day) {
        Map.Entry<LocalDate, Duration> since = ClockChanges.LARGEST_FROM.ceilingEntry(day.minusDays(1));
        return since == null ? ClockChanges.IN_RULES : since.getValue();
    }

    /** Every time zone's clock changes, read once: the largest from each day of a change on. */
    private static final class ClockChanges {
        static final Duration IN_RULES;
        static final NavigableMap<LocalDate, Duration> LARGEST_FROM = new TreeMap<>();

        static {
            Duration inRules = Duration.ZERO;
            NavigableMap<LocalDate, Duration> onDay = new TreeMap<>();
            for (String id : ZoneId.getAvailableZoneIds()) {
                ZoneRules rules = ZoneId.of(id).getRules();
                for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
                    Duration change = Duration.ofSeconds(Math.abs(
                            rule.getOffsetAfter().getTotalSeconds() - rule.getOffsetBefore().getTotalSeconds()));
                    inRules = change.compareTo(inRules) > 0 ? change : inRules;
                }
                for (ZoneOffsetTransition transition : rules.getTransitions()) {
                    onDay.merge(transition.getDateTimeBefore().toLocalDate(), transition.getDuration().abs(),
                            (x, y) -> x.compareTo(y) >= 0 ? x : y);
                }
            }
            IN_RULES = inRules;
            Duration largest = inRules;
            for (Map.Entry<LocalDate, Duration> e : onDay.descendingMap().entrySet()) {
                largest = e.getValue().compareTo(largest) > 0 ? e.getValue() : largest;
                LARGEST_FROM.put(e.getKey(), largest);
            }
        }
    }

    /** A timed window's length as the engine takes it: past midnight when the end is not after the start. */
    private static Duration length(SchedulingRule r) {
        Duration d = Duration.between(r.startTime(), r.endTime());
        return d.isNegative() || d.isZero() ? d.plusDays(1) : d;
    }

    /** A timed window that ends after it starts on the same day. */
    private static boolean withinDay(SchedulingRule r) {
        return r.endTime().isAfter(r.startTime());
    }

    /**
     * True when the pattern, started on {@code b}'s later start date, repeats on exactly the days
     * (and times) it does when started on {@code a}'s: nothing is taken from the start date, and the
     * later start is a whole number of intervals after the earlier.
     */
    private static boolean sameTail(SchedulingRule a, SchedulingRule b) {
        LocalDate from = a.startDate();
        LocalDate to = b.startDate();
        long interval = Math.max(a.interval(), 1);
        return switch (frequency(a)) {
            case HOURLY -> ChronoUnit.DAYS.between(from, to) * 24 % interval == 0;
            case DAILY -> ChronoUnit.DAYS.between(from, to) % interval == 0;
            case WEEKLY -> (given(a.byDay()) || from.getDayOfWeek() == to.getDayOfWeek())
                    && ChronoUnit.WEEKS.between(monday(from), monday(to)) % interval == 0;
            case MONTHLY -> !given(a.byWeekNo()) && !given(a.byYearDay())
                    && (given(a.byDay()) || given(a.byMonthDay()) || from.getDayOfMonth() == to.getDayOfMonth())
                    && ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) % interval == 0;
            case YEARLY -> !given(a.byWeekNo()) && !given(a.byYearDay())
                    && (given(a.byMonth()) || from.getMonth() == to.getMonth())
                    && (given(a.byDay()) || given(a.byMonthDay()) || from.getDayOfMonth() == to.getDayOfMonth())
                    && (to.getYear() - from.getYear()) % interval == 0;
            default -> false;
        };
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * True when {@code b} has no occurrence after {@code a}'s last one. Both follow the same
     * pattern here, so an occurrence of {@code b} up to that point is one of {@code a}'s. Without
     * hours or minutes both rules occur once on each of their days, so days are compared.
     */
    private static boolean endsNoLater(SchedulingRule a, SchedulingRule b, boolean subDaily) {
        boolean aEnds = a.count() > 0 || a.untilDate() != null;
        if (!aEnds) {
            return true;
        }
        if (b.count() <= 0 && b.untilDate() == null) {
            return false;
        }
        LocalDateTime cutoff = null; // the first moment after a's last occurrence
        if (a.untilDate() != null) {
            cutoff = a.untilDate().plusDays(1).atStartOfDay();
        }
        if (a.count() > 0) {
            if (a.count() > EXPANSION_LIMIT) {
                return false;
            }
            LocalDateTime last = null;
            for (Iterator<LocalDateTime> it = ScheduleEngine.occurrencesFrom(a, LocalDateTime.MIN); it.hasNext(); ) {
                last = it.next();
            }
            if (last == null) {
                return false;
            }
            LocalDateTime afterLast = subDaily ? last.plusSeconds(1) : last.toLocalDate().plusDays(1).atStartOfDay();
            cutoff = cutoff == null || afterLast.isBefore(cutoff) ? afterLast : cutoff;
        }
        return !ScheduleEngine.occurrencesFrom(b, cutoff).hasNext();
    }
}
