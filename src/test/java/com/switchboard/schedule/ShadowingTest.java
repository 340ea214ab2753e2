package com.switchboard.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.schedule.SchedulingRule.Day;
import com.switchboard.schedule.SchedulingRule.Frequency;
import com.switchboard.schedule.SchedulingRule.RuleType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
}
