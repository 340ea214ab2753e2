package com.switchboard.schedule;

import static com.switchboard.schedule.ScheduleEngineTest.day;
import static com.switchboard.schedule.ScheduleEngineTest.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.schedule.ScheduleEngineTest.Rule;
import com.switchboard.schedule.SchedulingRule.Frequency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recurrence examples of RFC 5545 §3.8.5.3 (DTSTART 09:00 America/New_York), as this project's
 * rules express them: UNTIL is a local date, inclusive.
 */
class RecurrenceExamplesTest {

    private final ScheduleEngine engine = new ScheduleEngine();

    private List<LocalDate> dates(Rule rule, String last) {
        return engine.occurrences(rule.times("09:00", "10:00").build(), "America/New_York", rule.startDate,
                LocalDate.parse(last)).stream().map(LocalDateTime::toLocalDate).toList();
    }

    private static List<LocalDate> parse(String... dates) {
        return java.util.Arrays.stream(dates).map(LocalDate::parse).toList();
    }

    @Test
    void daily_for_10_occurrences() {
        assertThat(dates(rule("x").start(LocalDate.of(1997, 9, 2)).freq(Frequency.DAILY).count(10), "1998-01-01"))
                .isEqualTo(parse("1997-09-02", "1997-09-03", "1997-09-04", "1997-09-05", "1997-09-06", "1997-09-07",
                        "1997-09-08", "1997-09-09", "1997-09-10", "1997-09-11"));
    }

    @Test
    void daily_until_december_23() {
        List<LocalDate> d = dates(rule("x").start(LocalDate.of(1997, 9, 2)).freq(Frequency.DAILY)
                .until(LocalDate.of(1997, 12, 23)), "1998-01-31");
        assertThat(d).hasSize(113);
        assertThat(d.get(d.size() - 1)).isEqualTo(LocalDate.of(1997, 12, 23));
    }

    @Test
    void every_10_days_5_occurrences() {
        assertThat(dates(rule("x").start(LocalDate.of(1997, 9, 2)).freq(Frequency.DAILY).interval(10).count(5),
                "1997-12-31")).isEqualTo(parse("1997-09-02", "1997-09-12", "1997-09-22", "1997-10-02", "1997-10-12"));
    }

    @Test
    void monthly_on_the_first_friday_for_10_occurrences() {
        assertThat(dates(rule("x").start(LocalDate.of(1997, 9, 5)).freq(Frequency.MONTHLY).count(10)
                .byDay(day(1, DayOfWeek.FRIDAY)), "1998-12-31")).isEqualTo(parse("1997-09-05", "1997-10-03",
                "1997-11-07", "1997-12-05", "1998-01-02", "1998-02-06", "1998-03-06", "1998-04-03", "1998-05-01",
                "1998-06-05"));
    }

    @Test
    void monthly_on_the_second_to_last_monday_for_6_months() {
        assertThat(dates(rule("x").start(LocalDate.of(1997, 9, 22)).freq(Frequency.MONTHLY).count(6)
                .byDay(day(-2, DayOfWeek.MONDAY)), "1998-12-31")).isEqualTo(parse("1997-09-22", "1997-10-20",
                "1997-11-17", "1997-12-22", "1998-01-19", "1998-02-16"));
    }

    @Test
    void yearly_in_june_and_july_for_10_occurrences() {
        assertThat(dates(rule("x").start(LocalDate.of(1997, 6, 10)).freq(Frequency.YEARLY).count(10).byMonth(6, 7),
                "2002-12-31")).isEqualTo(parse("1997-06-10", "1997-07-10", "1998-06-10", "1998-07-10", "1999-06-10",
                "1999-07-10", "2000-06-10", "2000-07-10", "2001-06-10", "2001-07-10"));
    }

    @Test
    void every_third_year_on_the_1st_100th_and_200th_day() {
        assertThat(dates(rule("x").start(LocalDate.of(1997, 1, 1)).freq(Frequency.YEARLY).interval(3).count(10)
                .byYearDay(1, 100, 200), "2007-12-31")).isEqualTo(parse("1997-01-01", "1997-04-10", "1997-07-19",
                "2000-01-01", "2000-04-09", "2000-07-18", "2003-01-01", "2003-04-10", "2003-07-19", "2006-01-01"));
    }

    @Test
    void monday_of_week_number_20() {
        assertThat(dates(rule("x").start(LocalDate.of(1997, 5, 12)).freq(Frequency.YEARLY).byWeekNo(20)
                .byDay(day(DayOfWeek.MONDAY)), "1999-12-31")).isEqualTo(parse("1997-05-12", "1998-05-11", "1999-05-17"));
    }

    @Test
    void every_friday_the_13th() {
        assertThat(dates(rule("x").start(LocalDate.of(1998, 2, 13)).freq(Frequency.MONTHLY)
                .byDay(day(DayOfWeek.FRIDAY)).byMonthDay(13), "2000-12-31")).isEqualTo(parse("1998-02-13",
                "1998-03-13", "1998-11-13", "1999-08-13", "2000-10-13"));
    }

    @Test
    void the_third_tuesday_wednesday_or_thursday_of_the_month() {
        assertThat(dates(rule("x").start(LocalDate.of(1997, 9, 4)).freq(Frequency.MONTHLY).count(3)
                .byDay(day(DayOfWeek.TUESDAY), day(DayOfWeek.WEDNESDAY), day(DayOfWeek.THURSDAY)).bySetPos(3),
                "1997-12-31")).isEqualTo(parse("1997-09-04", "1997-10-07", "1997-11-06"));
    }

    @Test
    void the_second_to_last_weekday_of_the_month() {
        assertThat(dates(rule("x").start(LocalDate.of(1997, 9, 29)).freq(Frequency.MONTHLY)
                .byDay(day(DayOfWeek.MONDAY), day(DayOfWeek.TUESDAY), day(DayOfWeek.WEDNESDAY),
                        day(DayOfWeek.THURSDAY), day(DayOfWeek.FRIDAY)).bySetPos(-2), "1998-03-31"))
                .isEqualTo(parse("1997-09-29", "1997-10-30", "1997-11-27", "1997-12-30", "1998-01-29", "1998-02-26",
                        "1998-03-30"));
    }

    @Test
    void every_20_minutes_from_9_to_16_40() {
        List<LocalDateTime> times = engine.occurrences(rule("x").start(LocalDate.of(1997, 9, 2))
                .freq(Frequency.DAILY).byHour(9, 10, 11, 12, 13, 14, 15, 16).byMinute(0, 20, 40)
                .times("09:00", "09:10").build(), "America/New_York", LocalDate.of(1997, 9, 2), LocalDate.of(1997, 9, 3));
        assertThat(times).hasSize(48);
        assertThat(times.get(0)).isEqualTo(LocalDateTime.of(1997, 9, 2, 9, 0));
        assertThat(times.get(1)).isEqualTo(LocalDateTime.of(1997, 9, 2, 9, 20));
        assertThat(times.get(23)).isEqualTo(LocalDateTime.of(1997, 9, 2, 16, 40));
    }

    @Test
    void every_other_week_on_tuesday_and_thursday_for_8_occurrences() {
        assertThat(dates(rule("x").start(LocalDate.of(1997, 9, 2)).freq(Frequency.WEEKLY).interval(2).count(8)
                .byDay(day(DayOfWeek.TUESDAY), day(DayOfWeek.THURSDAY)), "1997-12-31")).isEqualTo(parse("1997-09-02",
                "1997-09-04", "1997-09-16", "1997-09-18", "1997-09-30", "1997-10-02", "1997-10-14", "1997-10-16"));
    }
}
