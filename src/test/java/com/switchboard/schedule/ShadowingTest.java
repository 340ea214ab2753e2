package com.switchboard.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.schedule.SchedulingRule.Day;
import com.switchboard.schedule.SchedulingRule.Frequency;
import com.switchboard.schedule.SchedulingRule.RuleType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShadowingTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final List<Day> WEEKDAYS = List.of(new Day(0, DayOfWeek.MONDAY), new Day(0, DayOfWeek.TUESDAY),
            new Day(0, DayOfWeek.WEDNESDAY), new Day(0, DayOfWeek.THURSDAY), new Day(0, DayOfWeek.FRIDAY));

    private static SchedulingRule time(String state, LocalTime from, LocalTime to, List<Day> days) {
        return new SchedulingRule(state, state, 1, state, null, null, RuleType.TIME, null, null, null, from == null,
                START, from, to, null, null, null, null, null, days, null, null, 1, 0, null, Frequency.WEEKLY);
    }

    private static SchedulingRule always(String state) {
        return new SchedulingRule(state, state, 1, state, null, null, RuleType.ALWAYS, null, null, null, false, null,
                null, null, null, null, null, null, null, null, null, null, 0, 0, null, null);
    }

    private static SchedulingRule parentIn(String parentState) {
        return new SchedulingRule(parentState, parentState, 1, "Follow", null, null, RuleType.CUSTOMER_STATE,
                parentState, null, null, false, null, null, null, null, null, null, null, null, null, null, null, 0, 0,
                null, null);
    }

    private static final SchedulingRule OPEN = time("Open", LocalTime.of(9, 0), LocalTime.of(17, 0), WEEKDAYS);

    @Test
    void an_always_rule_shadows_everything_after_it() {
        List<SchedulingRule> rules = List.of(always("Closed"), OPEN, parentIn("Holiday"));
        assertThat(Shadowing.shadowedBy(rules, 1)).contains(rules.get(0));
        assertThat(Shadowing.shadowedBy(rules, 2)).contains(rules.get(0));
        assertThat(Shadowing.shadowedBy(rules, 0)).isEmpty();
    }

    @Test
    void an_identical_time_rule_earlier_shadows_and_a_later_one_does_not() {
        SchedulingRule again = time("Business Hours", LocalTime.of(9, 0), LocalTime.of(17, 0), List.of(WEEKDAYS.get(4), WEEKDAYS.get(3), WEEKDAYS.get(2), WEEKDAYS.get(1), WEEKDAYS.get(0)));
        assertThat(Shadowing.shadowedBy(List.of(OPEN, again), 1)).as("weekdays compare as a set").contains(OPEN);
        assertThat(Shadowing.shadowedBy(List.of(again, OPEN), 0)).isEmpty();
    }

    @Test
    void a_wider_window_of_the_same_recurrence_shadows_a_narrower_one() {
        SchedulingRule lunch = time("Lunch", LocalTime.of(12, 0), LocalTime.of(13, 0), WEEKDAYS);
        assertThat(Shadowing.covers(OPEN, lunch)).isTrue();
        assertThat(Shadowing.covers(lunch, OPEN)).isFalse();
        SchedulingRule allDay = time("Holiday", null, null, WEEKDAYS);
        assertThat(Shadowing.covers(allDay, OPEN)).isTrue();
        assertThat(Shadowing.covers(OPEN, allDay)).isFalse();
    }

    @Test
    void different_recurrences_or_overnight_windows_are_not_claimed() {
        SchedulingRule mondays = time("Open", LocalTime.of(9, 0), LocalTime.of(17, 0),
                List.of(new Day(0, DayOfWeek.MONDAY)));
        assertThat(Shadowing.covers(OPEN, mondays)).as("a different recurrence is never assumed to cover")
                .isFalse();
        SchedulingRule night = time("Night", LocalTime.of(22, 0), LocalTime.of(6, 0), WEEKDAYS);
        SchedulingRule lateNight = time("Late", LocalTime.of(23, 0), LocalTime.of(5, 0), WEEKDAYS);
        assertThat(Shadowing.covers(night, lateNight)).as("past midnight only identical windows count").isFalse();
        assertThat(Shadowing.covers(night, time("Night 2", LocalTime.of(22, 0), LocalTime.of(6, 0), WEEKDAYS)))
                .isTrue();
    }

    @Test
    void customer_state_rules_shadow_only_for_the_same_parent_state() {
        assertThat(Shadowing.covers(parentIn("Holiday"), parentIn("Holiday"))).isTrue();
        assertThat(Shadowing.covers(parentIn("Holiday"), parentIn("Closed"))).isFalse();
        assertThat(Shadowing.covers(parentIn("Holiday"), OPEN)).isFalse();
    }

    @Test
    void a_new_rule_is_placed_before_the_first_rule_that_would_hide_it() {
        SchedulingRule lunch = time("Lunch", LocalTime.of(12, 0), LocalTime.of(13, 0), WEEKDAYS);
        assertThat(Shadowing.placement(List.of(parentIn("Holiday"), OPEN, always("Closed")), lunch)).isEqualTo(1);
        assertThat(Shadowing.placement(List.of(parentIn("Holiday")), lunch)).isEqualTo(1);
    }

    // ---- twins that differ in start date, count or until ------------------------------------------

    private final ScheduleEngine engine = new ScheduleEngine();

    /** {@code r} with another start date, count and until. */
    private static SchedulingRule from(SchedulingRule r, LocalDate start, int count, LocalDate until) {
        return new SchedulingRule(r.id() + "@" + start, r.name(), r.priority(), r.state(), null, null,
                r.simpleRuleType(), null, null, null, r.isAllDay(), start, r.startTime(), r.endTime(),
                r.bySetPosition(), r.byMonth(), r.byWeekNo(), r.byYearDay(), r.byMonthDay(), r.byDay(), r.byHour(),
                r.byMinute(), r.interval(), count, until, r.frequency());
    }

    private static SchedulingRule from(SchedulingRule r, LocalDate start) {
        return from(r, start, r.count(), r.untilDate());
    }

    /** {@code r} with another pattern: frequency, interval, weekdays, days of the month, months, hours. */
    private static SchedulingRule pattern(SchedulingRule r, Frequency frequency, int interval, List<Day> byDay,
            List<Integer> byMonthDay, List<Integer> byMonth, List<Integer> byHour) {
        return new SchedulingRule(r.id(), r.name(), r.priority(), r.state(), null, null, r.simpleRuleType(), null,
                null, null, r.isAllDay(), r.startDate(), r.startTime(), r.endTime(), null, byMonth, null, null,
                byMonthDay, byDay, byHour, null, interval, r.count(), r.untilDate(), frequency);
    }

    private static SchedulingRule named(SchedulingRule r, String state) {
        return new SchedulingRule(state, state, r.priority(), state, null, null, r.simpleRuleType(), null, null, null,
                r.isAllDay(), r.startDate(), r.startTime(), r.endTime(), r.bySetPosition(), r.byMonth(), r.byWeekNo(),
                r.byYearDay(), r.byMonthDay(), r.byDay(), r.byHour(), r.byMinute(), r.interval(), r.count(),
                r.untilDate(), r.frequency());
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    /** True when, with {@code a} first, {@code b} decides the state at the local time {@code at} (UTC). */
    private boolean decides(SchedulingRule a, SchedulingRule b, LocalDateTime at) {
        Schedule schedule = new Schedule("UTC", false, false, List.of(named(a, "A"), named(b, "B")), "Neither");
        return engine.stateAt(schedule, at.toInstant(ZoneOffset.UTC), null).equals("B");
    }

    /** A near miss: not claimed, and the engine shows the later rule deciding at {@code at}. */
    private void canApply(SchedulingRule a, SchedulingRule b, LocalDateTime at) {
        assertThat(Shadowing.covers(a, b)).as("%s must not be claimed to cover %s", a, b).isFalse();
        assertThat(decides(a, b, at)).as("the later rule decides at %s", at).isTrue();
    }

    @Test
    void an_identical_rule_that_only_starts_later_never_applies() {
        SchedulingRule later = from(OPEN, day(3, 2));
        assertThat(Shadowing.shadowedBy(List.of(OPEN, later), 1)).as("Business Hours twice").contains(OPEN);
        assertThat(Shadowing.shadowedBy(List.of(later, OPEN), 1))
                .as("the earlier-starting twin second applies from 5 January to 27 February").isEmpty();
        canApply(later, OPEN, LocalDateTime.of(2026, 1, 5, 10, 0));
        SchedulingRule startsOnASaturday = from(OPEN, day(1, 10));
        assertThat(Shadowing.covers(OPEN, startsOnASaturday)).as("a start that is no occurrence").isTrue();
        SchedulingRule lunchLater = from(time("Lunch", LocalTime.of(12, 0), LocalTime.of(13, 0), WEEKDAYS), day(2, 1));
        assertThat(Shadowing.covers(OPEN, lunchLater)).as("a narrower window, later").isTrue();
    }

    @Test
    void a_count_is_compared_occurrence_by_occurrence() {
        // ten weekdays from Monday 5 January: 5–9 and 12–16 January
        SchedulingRule tenDays = from(OPEN, START, 10, null);
        assertThat(Shadowing.covers(tenDays, from(OPEN, day(1, 12), 5, null))).as("12–16 January").isTrue();
        assertThat(Shadowing.covers(tenDays, from(OPEN, START, 10, null))).as("identical").isTrue();
        assertThat(Shadowing.covers(tenDays, from(OPEN, START, 7, null))).as("fewer from the same start").isTrue();
        canApply(tenDays, from(OPEN, day(1, 12), 6, null), LocalDateTime.of(2026, 1, 19, 10, 0));
        canApply(tenDays, from(OPEN, START, 11, null), LocalDateTime.of(2026, 1, 19, 10, 0));
        canApply(tenDays, from(OPEN, day(1, 12)), LocalDateTime.of(2027, 1, 19, 10, 0));
        assertThat(Shadowing.covers(OPEN, from(OPEN, day(1, 12), 6, null))).as("an unlimited rule covers").isTrue();
    }

    @Test
    void an_until_date_is_compared_by_the_last_occurrence_not_by_the_date() {
        SchedulingRule january = from(OPEN, START, 0, day(1, 31)); // Saturday: last occurrence Friday 30 January
        assertThat(Shadowing.covers(january, from(OPEN, day(1, 12), 0, day(1, 31)))).isTrue();
        assertThat(Shadowing.covers(january, from(OPEN, day(1, 12), 0, day(2, 1))))
                .as("no weekday between 31 January and 1 February").isTrue();
        assertThat(Shadowing.covers(january, from(OPEN, day(1, 12), 0, day(1, 20)))).isTrue();
        canApply(january, from(OPEN, day(1, 12), 0, day(2, 2)), LocalDateTime.of(2026, 2, 2, 10, 0));
        canApply(january, from(OPEN, day(1, 12)), LocalDateTime.of(2026, 2, 2, 10, 0));
    }

    @Test
    void a_count_against_an_until_and_back() {
        SchedulingRule tenDays = from(OPEN, START, 10, null); // last: Friday 16 January
        assertThat(Shadowing.covers(tenDays, from(OPEN, day(1, 12), 0, day(1, 18)))).as("until Sunday 18th").isTrue();
        canApply(tenDays, from(OPEN, day(1, 12), 0, day(1, 19)), LocalDateTime.of(2026, 1, 19, 10, 0));
        SchedulingRule untilSixteenth = from(OPEN, START, 0, day(1, 16));
        assertThat(Shadowing.covers(untilSixteenth, from(OPEN, day(1, 12), 5, null))).isTrue();
        canApply(untilSixteenth, from(OPEN, day(1, 12), 6, null), LocalDateTime.of(2026, 1, 19, 10, 0));
    }

    @Test
    void an_interval_counts_from_the_start_so_a_later_start_must_be_in_step() {
        SchedulingRule fortnightly = pattern(OPEN, Frequency.WEEKLY, 2, WEEKDAYS, null, null, null);
        canApply(fortnightly, from(fortnightly, day(1, 12)), LocalDateTime.of(2026, 1, 12, 10, 0));
        assertThat(Shadowing.covers(fortnightly, from(fortnightly, day(1, 19)))).isTrue();
        assertThat(Shadowing.covers(fortnightly, from(fortnightly, day(1, 11))))
                .as("Sunday 11 January is in the first week (weeks start on Monday)").isTrue();
        SchedulingRule everyOtherDay = pattern(OPEN, Frequency.DAILY, 2, null, null, null, null);
        canApply(everyOtherDay, from(everyOtherDay, day(1, 6)), LocalDateTime.of(2026, 1, 6, 10, 0));
        assertThat(Shadowing.covers(everyOtherDay, from(everyOtherDay, day(1, 7)))).isTrue();
        SchedulingRule quarterly = pattern(OPEN, Frequency.MONTHLY, 3, null, List.of(5), null, null);
        canApply(quarterly, from(quarterly, day(2, 1)), LocalDateTime.of(2026, 2, 5, 10, 0));
        assertThat(Shadowing.covers(quarterly, from(quarterly, day(4, 20)))).as("from 5 July").isTrue();
        canApply(quarterly, from(quarterly, day(3, 20)), LocalDateTime.of(2026, 6, 5, 10, 0));
    }

    @Test
    void a_part_taken_from_the_start_date_must_agree() {
        SchedulingRule weekly = pattern(OPEN, Frequency.WEEKLY, 1, null, null, null, null); // Mondays
        canApply(weekly, from(weekly, day(1, 6)), LocalDateTime.of(2026, 1, 6, 10, 0));
        assertThat(Shadowing.covers(weekly, from(weekly, day(1, 12)))).isTrue();
        SchedulingRule monthly = pattern(OPEN, Frequency.MONTHLY, 1, null, null, null, null); // the 5th
        canApply(monthly, from(monthly, day(2, 6)), LocalDateTime.of(2026, 2, 6, 10, 0));
        assertThat(Shadowing.covers(monthly, from(monthly, day(2, 5)))).isTrue();
        SchedulingRule yearly = pattern(OPEN, Frequency.YEARLY, 1, null, null, null, null); // 5 January
        canApply(yearly, from(yearly, day(2, 5)), LocalDateTime.of(2027, 2, 5, 10, 0));
        assertThat(Shadowing.covers(yearly, from(yearly, LocalDate.of(2030, 1, 5)))).isTrue();
        SchedulingRule christmas = pattern(time("Holiday", null, null, null), Frequency.YEARLY, 1, null, List.of(25),
                List.of(12), null);
        assertThat(Shadowing.covers(christmas, from(christmas, LocalDate.of(2027, 3, 1)))).isTrue();
        SchedulingRule marchOnTheStartDay = pattern(OPEN, Frequency.YEARLY, 1, null, null, List.of(3), null);
        canApply(marchOnTheStartDay, from(marchOnTheStartDay, day(1, 6)), LocalDateTime.of(2026, 3, 6, 10, 0));
    }

    @Test
    void a_single_occurrence_is_covered_only_on_the_same_day() {
        SchedulingRule once = pattern(OPEN, Frequency.NONE, 0, null, null, null, null);
        assertThat(Shadowing.covers(once, from(once, START, 3, null))).as("count does not apply to once").isTrue();
        canApply(once, from(once, day(1, 6)), LocalDateTime.of(2026, 1, 6, 10, 0));
    }

    @Test
    void occurrences_at_other_times_than_the_start_time_need_the_same_start_time() {
        // daily at 10 o'clock, at the start time's minute: 10:30 for 09:30–17:00, 10:00 for 12:00–13:00
        SchedulingRule tenThirty = pattern(time("Open", LocalTime.of(9, 30), LocalTime.of(17, 0), null),
                Frequency.DAILY, 1, null, null, null, List.of(10));
        SchedulingRule ten = pattern(time("Lunch", LocalTime.of(12, 0), LocalTime.of(13, 0), null),
                Frequency.DAILY, 1, null, null, null, List.of(10));
        canApply(tenThirty, ten, LocalDateTime.of(2026, 1, 6, 10, 10));
        SchedulingRule shorter = pattern(time("Short", LocalTime.of(9, 30), LocalTime.of(10, 0), null),
                Frequency.DAILY, 1, null, null, null, List.of(10));
        assertThat(Shadowing.covers(tenThirty, from(shorter, day(1, 9)))).isTrue();
        SchedulingRule hourly = pattern(time("Hourly", LocalTime.of(9, 0), LocalTime.of(9, 20), null),
                Frequency.HOURLY, 5, null, null, null, null);
        assertThat(Shadowing.covers(hourly, from(hourly, day(1, 10)))).as("120 hours later: in step").isTrue();
        canApply(hourly, from(hourly, day(1, 6)), LocalDateTime.of(2026, 1, 6, 9, 10));
    }

    @Test
    void a_clock_change_between_two_start_times_is_allowed_for() {
        SchedulingRule night = time("Night", LocalTime.of(0, 0), LocalTime.of(4, 0), null);
        SchedulingRule late = time("Late", LocalTime.of(3, 0), LocalTime.of(4, 0), null);
        SchedulingRule nightly = pattern(night, Frequency.DAILY, 1, null, null, null, null);
        SchedulingRule lateNightly = pattern(late, Frequency.DAILY, 1, null, null, null, null);
        assertThat(Shadowing.covers(nightly, lateNightly)).as("the same end in local time").isFalse();
        // New York goes back from 02:00 EDT to 01:00 EST on 1 November: 00:00 EDT + 4 h is 03:00 EST
        assertThat(decidesIn("America/New_York", nightly, lateNightly, Instant.parse("2026-11-01T08:30:00Z")))
                .as("03:30 EST").isTrue();
        SchedulingRule halfPastTwo = pattern(time("Early", LocalTime.of(2, 30), LocalTime.of(6, 0), null),
                Frequency.DAILY, 1, null, null, null, null);
        assertThat(Shadowing.covers(halfPastTwo, lateNightly)).as("a start in the gap moves forward").isFalse();
        // and forward from 02:00 EST to 03:00 EDT on 8 March: 02:30 is 03:30 EDT, after 03:00
        assertThat(decidesIn("America/New_York", halfPastTwo, lateNightly, Instant.parse("2026-03-08T07:10:00Z")))
                .as("03:10 EDT").isTrue();
        assertThat(Shadowing.largestClockChangeSince(LocalDate.of(2026, 1, 1))).as("Antarctica/Troll's")
                .isEqualTo(java.time.Duration.ofHours(2));
        SchedulingRule allDay = time("Holiday", null, null, WEEKDAYS);
        assertThat(Shadowing.covers(allDay, time("Evening", LocalTime.of(20, 0), LocalTime.of(22, 0), WEEKDAYS)))
                .isTrue();
        assertThat(Shadowing.covers(allDay, time("Late", LocalTime.of(20, 0), LocalTime.of(23, 0), WEEKDAYS)))
                .as("a gap in the window can carry its end past midnight").isFalse();
        assertThat(Shadowing.covers(OPEN, time("Core", LocalTime.of(11, 0), LocalTime.of(15, 0), WEEKDAYS)))
                .isTrue();
        assertThat(Shadowing.covers(OPEN, time("Core", LocalTime.of(10, 0), LocalTime.of(15, 0), WEEKDAYS)))
                .as("an hour's margin, less than a clock change can take").isFalse();
    }

    /** True when, with {@code a} first, {@code b} decides the state at {@code at} in {@code zone}. */
    private boolean decidesIn(String zone, SchedulingRule a, SchedulingRule b, Instant at) {
        Schedule schedule = new Schedule(zone, false, false, List.of(named(a, "A"), named(b, "B")), "Neither");
        return engine.stateAt(schedule, at, null).equals("B");
    }

    /**
     * Random twins of one pattern with their own start dates, times, counts and until dates: every
     * pair claimed is checked against the engine at every window edge of both rules (between edges
     * nothing changes) over the rules' first two years, in zones with and without clock changes; the
     * later rule must never decide.
     */
    @Test
    void every_claim_holds_in_the_engine() {
        Random random = new Random(20261204);
        List<LocalTime[]> windows = List.of(new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(17, 0)},
                new LocalTime[] {LocalTime.of(12, 0), LocalTime.of(13, 0)},
                new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(12, 0)},
                new LocalTime[] {LocalTime.of(22, 0), LocalTime.of(6, 0)}, new LocalTime[] {null, null},
                new LocalTime[] {LocalTime.of(0, 0), LocalTime.of(4, 0)},
                new LocalTime[] {LocalTime.of(2, 30), LocalTime.of(6, 0)},
                new LocalTime[] {LocalTime.of(3, 0), LocalTime.of(4, 0)},
                new LocalTime[] {LocalTime.of(0, 0), LocalTime.of(1, 30)});
        List<String> zones = List.of("UTC", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe");
        List<Frequency> frequencies = List.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY,
                Frequency.HOURLY, Frequency.NONE);
        int claims = 0;
        for (int round = 0; round < 6000 && claims < 150; round++) {
            Frequency frequency = frequencies.get(random.nextInt(frequencies.size()));
            List<Day> byDay = random.nextInt(3) == 0 ? null
                    : WEEKDAYS.stream().filter(d -> random.nextBoolean()).map(d -> new Day(
                            frequency == Frequency.MONTHLY && random.nextInt(4) == 0 ? 1 : 0, d.dayOfWeek())).toList();
            List<Integer> byMonthDay = random.nextInt(4) == 0 ? List.of(1 + random.nextInt(28)) : null;
            List<Integer> byMonth = frequency == Frequency.YEARLY && random.nextBoolean()
                    ? List.of(1 + random.nextInt(12)) : null;
            List<Integer> byHour = random.nextInt(6) == 0 ? List.of(random.nextInt(24)) : null;
            int interval = 1 + random.nextInt(3);
            SchedulingRule[] twins = new SchedulingRule[2];
            for (int i = 0; i < 2; i++) {
                LocalTime[] window = windows.get(random.nextInt(windows.size()));
                LocalDate start = START.plusDays(random.nextInt(i == 0 ? 30 : 120));
                int count = random.nextInt(3) == 0 ? 1 + random.nextInt(30) : 0;
                LocalDate until = count == 0 && random.nextInt(3) == 0 ? start.plusDays(random.nextInt(200)) : null;
                SchedulingRule base = time(i == 0 ? "A" : "B", window[0], window[1], byDay);
                twins[i] = from(pattern(base, frequency, frequency == Frequency.NONE ? 0 : interval, byDay,
                        byMonthDay, byMonth, byHour), start, count, until);
            }
            if (!ScheduleValidation.problems(new Schedule("UTC", false, false, List.of(twins), "Neither"), false)
                    .isEmpty() || !Shadowing.covers(twins[0], twins[1])) {
                continue;
            }
            claims++;
            String zone = zones.get(random.nextInt(zones.size()));
            Schedule schedule = new Schedule(zone, false, false, List.of(twins), "Neither");
            Instant from = START.atStartOfDay().toInstant(ZoneOffset.UTC).minus(java.time.Duration.ofDays(1));
            Instant to = from.plus(java.time.Duration.ofDays(frequency == Frequency.HOURLY ? 60 : 730));
            List<Instant> edges;
            try {
                edges = new ArrayList<>(engine.boundaries(schedule, from, to));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                throw new AssertionError("claimed for a pattern the engine cannot expand: " + List.of(twins), e);
            }
            edges.add(from);
            for (Instant edge : edges) {
                assertThat(engine.stateAt(schedule, edge, null)).as("round %d at %s in %s: %s", round, edge, zone,
                        List.of(twins))
                        .isNotEqualTo("B");
            }
        }
        assertThat(claims).as("claims checked").isGreaterThanOrEqualTo(100);
    }
}
