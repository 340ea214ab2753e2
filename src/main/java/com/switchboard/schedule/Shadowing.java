package com.switchboard.schedule;

import com.switchboard.schedule.SchedulingRule.Frequency;
import com.switchboard.schedule.SchedulingRule.RuleType;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * <li>both are {@code Time} rules with the same recurrence (start date, frequency, interval, count,
 * until and every {@code by*} part, weekdays compared as sets), so their occurrences start on the same
 * days, and {@code a}'s window contains {@code b}'s: {@code a} is all day, or neither is and
 * {@code a} runs from no later than {@code b} starts to no earlier than {@code b} ends, with neither
 * window running past midnight.</li>
 * </ul>
 * Everything else (a rule covered by the union of several earlier rules, different but overlapping
 * recurrences) is not reported.
 */
public final class Shadowing {

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
        return sameRecurrence(a, b) && windowContains(a, b);
    }

    private static RuleType type(SchedulingRule r) {
        return r.simpleRuleType() == null ? RuleType.ALWAYS : r.simpleRuleType();
    }

    private static boolean sameRecurrence(SchedulingRule a, SchedulingRule b) {
        return Objects.equals(a.startDate(), b.startDate())
                && frequency(a) == frequency(b)
                && Math.max(a.interval(), 1) == Math.max(b.interval(), 1)
                && a.count() == b.count()
                && Objects.equals(a.untilDate(), b.untilDate())
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

    private static boolean windowContains(SchedulingRule a, SchedulingRule b) {
        if (a.isAllDay()) {
            return b.isAllDay() || withinDay(b);
        }
        if (b.isAllDay() || !withinDay(a) || !withinDay(b)) {
            return a.startTime() != null && !b.isAllDay() && a.startTime().equals(b.startTime())
                    && Objects.equals(a.endTime(), b.endTime());
        }
        return !a.startTime().isAfter(b.startTime()) && !a.endTime().isBefore(b.endTime());
    }

    /** A timed window that ends after it starts on the same day. */
    private static boolean withinDay(SchedulingRule r) {
        LocalTime start = r.startTime();
        LocalTime end = r.endTime();
        return start != null && end != null && end.isAfter(start);
    }
}
