package com.switchboard.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.schedule.SchedulingRule.Day;
import com.switchboard.schedule.SchedulingRule.Frequency;
import com.switchboard.schedule.SchedulingRule.RuleType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The semantics written down in {@link ScheduleEngine}, one by one. */
class ScheduleEngineTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final ScheduleEngine engine = new ScheduleEngine();

    static Rule rule(String state) {
        return new Rule(state);
    }

    /** A fluent builder of rules for the tests. */
    static final class Rule {
        String name = "rule";
        int priority = 1;
        String state;
        RuleType type = RuleType.TIME;
        String customerState;
        boolean allDay;
        LocalDate startDate = LocalDate.of(2026, 1, 5);
        LocalTime startTime = LocalTime.of(9, 0);
        LocalTime endTime = LocalTime.of(17, 0);
        List<Integer> bySetPos, byMonth, byWeekNo, byYearDay, byMonthDay, byHour, byMinute;
        List<Day> byDay;
        int interval = 1;
        int count;
        LocalDate until;
        Frequency frequency = Frequency.WEEKLY;

        Rule(String state) {
            this.state = state;
        }

        Rule priority(int p) { priority = p; return this; }
        Rule type(RuleType t) { type = t; return this; }
        Rule customerState(String s) { type = RuleType.CUSTOMER_STATE; customerState = s; return this; }
        Rule allDay() { allDay = true; startTime = null; endTime = null; return this; }
        Rule start(LocalDate d) { startDate = d; return this; }
        Rule times(String from, String to) { startTime = LocalTime.parse(from); endTime = LocalTime.parse(to); return this; }
        Rule freq(Frequency f) { frequency = f; return this; }
        Rule interval(int i) { interval = i; return this; }
        Rule count(int c) { count = c; return this; }
        Rule until(LocalDate d) { until = d; return this; }
        Rule byDay(Day... days) { byDay = List.of(days); return this; }
        Rule byMonth(Integer... m) { byMonth = List.of(m); return this; }
        Rule byMonthDay(Integer... d) { byMonthDay = List.of(d); return this; }
        Rule byYearDay(Integer... d) { byYearDay = List.of(d); return this; }
        Rule byWeekNo(Integer... w) { byWeekNo = List.of(w); return this; }
        Rule bySetPos(Integer... p) { bySetPos = List.of(p); return this; }
        Rule byHour(Integer... h) { byHour = List.of(h); return this; }
        Rule byMinute(Integer... m) { byMinute = List.of(m); return this; }

        SchedulingRule build() {
            return new SchedulingRule("id-" + state, name, priority, state, null, null, type, customerState, null, null,
                    allDay, startDate, startTime, endTime, bySetPos, byMonth, byWeekNo, byYearDay, byMonthDay, byDay,
                    byHour, byMinute, interval, count, until, frequency);
        }
    }

    static Day day(DayOfWeek d) {
        return new Day(0, d);
    }

    static Day day(int offset, DayOfWeek d) {
        return new Day(offset, d);
    }

    static Schedule schedule(ZoneId zone, Rule... rules) {
        List<SchedulingRule> built = new ArrayList<>();
        for (Rule r : rules) {
            built.add(r.build());
        }
        return new Schedule(zone.getId(), false, false, built, "After Hours");
    }

    String at(Schedule s, String localDateTime) {
        ZoneId zone = ZoneId.of(s.timeZoneId());
        return engine.stateAt(s, LocalDateTime.parse(localDateTime).atZone(zone).toInstant(), null);
    }

    static final Rule WEEKDAYS = rule("Business Hours").byDay(day(DayOfWeek.MONDAY), day(DayOfWeek.TUESDAY),
            day(DayOfWeek.WEDNESDAY), day(DayOfWeek.THURSDAY), day(DayOfWeek.FRIDAY));

    @Test
    void weekday_business_hours_and_the_default_state() {
        Schedule s = schedule(NEW_YORK, WEEKDAYS);
        assertThat(at(s, "2026-11-26T09:00")).isEqualTo("Business Hours");
        assertThat(at(s, "2026-11-26T16:59:59")).isEqualTo("Business Hours");
        assertThat(at(s, "2026-11-26T17:00")).as("the window's end is exclusive").isEqualTo("After Hours");
        assertThat(at(s, "2026-11-26T08:59")).isEqualTo("After Hours");
        assertThat(at(s, "2026-11-28T12:00")).as("Saturday").isEqualTo("After Hours");
        assertThat(at(s, "2026-01-02T12:00")).as("before the start date").isEqualTo("After Hours");
    }

    @Test
    void the_zone_decides_the_local_time() {
        Schedule s = schedule(BERLIN, WEEKDAYS);
        Instant nineInNewYork = ZonedDateTime.of(2026, 11, 26, 9, 0, 0, 0, NEW_YORK).toInstant();
        assertThat(engine.stateAt(s, nineInNewYork, null)).as("15:00 in Berlin").isEqualTo("Business Hours");
        Instant noonInNewYork = ZonedDateTime.of(2026, 11, 26, 12, 0, 0, 0, NEW_YORK).toInstant();
        assertThat(engine.stateAt(s, noonInNewYork, null)).as("18:00 in Berlin").isEqualTo("After Hours");
    }

    @Test
    void rules_are_tried_by_priority_then_list_order() {
        Rule holiday = rule("Holiday").allDay().freq(Frequency.YEARLY).byMonth(11).byMonthDay(26).priority(1);
        Schedule s = schedule(NEW_YORK, WEEKDAYS.priority(2), holiday);
        assertThat(at(s, "2026-11-26T10:00")).isEqualTo("Holiday");
        Rule first = rule("First").type(RuleType.ALWAYS).priority(5);
        Rule second = rule("Second").type(RuleType.ALWAYS).priority(5);
        assertThat(at(schedule(NEW_YORK, first, second), "2026-11-26T10:00")).isEqualTo("First");
        assertThat(at(schedule(NEW_YORK, second, first), "2026-11-26T10:00")).isEqualTo("Second");
        WEEKDAYS.priority(1);
    }

    @Test
    void force_closed_wins_over_every_rule() {
        Schedule s = new Schedule("America/New_York", false, true, List.of(rule("Open").type(RuleType.ALWAYS).build()),
                "After Hours");
        assertThat(at(s, "2026-11-26T10:00")).isEqualTo(ScheduleEngine.CLOSED);
    }

    @Test
    void customer_state_follows_the_parent() {
        Schedule s = schedule(NEW_YORK, rule("Overflow").customerState("After Hours"));
        Instant at = Instant.parse("2026-11-26T15:00:00Z");
        Function<Instant, String> parentClosed = t -> "After Hours";
        Function<Instant, String> parentOpen = t -> "Business Hours";
        assertThat(engine.stateAt(s, at, parentClosed)).isEqualTo("Overflow");
        assertThat(engine.stateAt(s, at, parentOpen)).isEqualTo("After Hours");
        assertThat(engine.stateAt(s, at, null)).as("no parent: never").isEqualTo("After Hours");
    }

    @Test
    void all_day_and_past_midnight_windows() {
        Schedule night = schedule(NEW_YORK, rule("Night").freq(Frequency.DAILY).times("22:00", "06:00"));
        assertThat(at(night, "2026-11-26T23:30")).isEqualTo("Night");
        assertThat(at(night, "2026-11-27T05:59")).isEqualTo("Night");
        assertThat(at(night, "2026-11-27T06:00")).isEqualTo("After Hours");
        assertThat(at(night, "2026-11-26T21:59")).isEqualTo("After Hours");

        Schedule allDay = schedule(NEW_YORK, rule("Holiday").allDay().freq(Frequency.NONE).start(LocalDate.of(2026, 12, 25)));
        assertThat(at(allDay, "2026-12-25T00:00")).isEqualTo("Holiday");
        assertThat(at(allDay, "2026-12-25T23:59:59")).isEqualTo("Holiday");
        assertThat(at(allDay, "2026-12-26T00:00")).isEqualTo("After Hours");
        assertThat(at(allDay, "2026-12-24T23:59")).isEqualTo("After Hours");
    }

    @Test
    void spring_forward_in_new_york_moves_a_window_in_the_gap_forward() {
        // 2026-03-08 02:00 -> 03:00 in New York
        Schedule s = schedule(NEW_YORK, rule("Maintenance").freq(Frequency.DAILY).times("02:30", "03:30"));
        Instant start = ZonedDateTime.of(LocalDateTime.parse("2026-03-08T02:30"), NEW_YORK).toInstant();
        assertThat(start).as("ZonedDateTime.of moves 02:30 to 03:30 EDT").isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
        assertThat(engine.stateAt(s, start, null)).isEqualTo("Maintenance");
        assertThat(engine.stateAt(s, start.minusSeconds(1), null)).isEqualTo("After Hours");
        assertThat(engine.stateAt(s, Instant.parse("2026-03-08T08:29:59Z"), null)).isEqualTo("Maintenance");
        assertThat(engine.stateAt(s, Instant.parse("2026-03-08T08:30:00Z"), null)).isEqualTo("After Hours");
    }

    @Test
    void fall_back_in_new_york_takes_the_earlier_offset() {
        // 2026-11-01 02:00 EDT -> 01:00 EST: 01:30 happens twice
        Schedule s = schedule(NEW_YORK, rule("Backup").freq(Frequency.DAILY).times("01:30", "01:45"));
        assertThat(engine.stateAt(s, Instant.parse("2026-11-01T05:35:00Z"), null)).as("01:35 EDT").isEqualTo("Backup");
        assertThat(engine.stateAt(s, Instant.parse("2026-11-01T06:35:00Z"), null)).as("01:35 EST").isEqualTo("After Hours");
    }

    @Test
    void dst_in_berlin_keeps_business_hours_local() {
        Schedule s = schedule(BERLIN, WEEKDAYS);
        // 2026-03-30 is the Monday after the switch to CEST (UTC+2)
        assertThat(engine.stateAt(s, Instant.parse("2026-03-30T07:00:00Z"), null)).isEqualTo("Business Hours");
        assertThat(engine.stateAt(s, Instant.parse("2026-03-27T07:00:00Z"), null)).as("08:00 CET").isEqualTo("After Hours");
        // 2026-10-26 is the Monday after the switch back to CET (UTC+1)
        assertThat(engine.stateAt(s, Instant.parse("2026-10-26T08:00:00Z"), null)).isEqualTo("Business Hours");
        assertThat(engine.stateAt(s, Instant.parse("2026-10-26T16:00:00Z"), null)).as("17:00 CET").isEqualTo("After Hours");
    }

    @Test
    void boundaries_list_the_window_edges() {
        Schedule s = schedule(NEW_YORK, WEEKDAYS);
        List<Instant> edges = engine.boundaries(s, Instant.parse("2026-11-23T05:00:00Z"), Instant.parse("2026-11-25T05:00:00Z"));
        assertThat(edges).containsExactly(Instant.parse("2026-11-23T14:00:00Z"), Instant.parse("2026-11-23T22:00:00Z"),
                Instant.parse("2026-11-24T14:00:00Z"), Instant.parse("2026-11-24T22:00:00Z"));
    }
}
