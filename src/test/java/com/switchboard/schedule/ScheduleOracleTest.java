package com.switchboard.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.schedule.SchedulingRule.Day;
import com.switchboard.schedule.SchedulingRule.Frequency;
import com.switchboard.schedule.SchedulingRule.RuleType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random schedules (daily and weekly rules with weekdays, intervals, overnight windows, priorities,
 * four zones, weeks across DST changes) checked minute by minute over a week against a brute-force
 * oracle that knows nothing of RRULEs.
 */
class ScheduleOracleTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("UTC"), ZoneId.of("Australia/Sydney"));
    private static final List<LocalDate> WEEKS = List.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 26),
            LocalDate.of(2026, 10, 22), LocalDate.of(2026, 10, 29), LocalDate.of(2026, 4, 2), LocalDate.of(2026, 7, 9));

    private final ScheduleEngine engine = new ScheduleEngine();

    @Test
    void the_engine_agrees_with_the_oracle_minute_by_minute() {
        Random random = new Random(20261126);
        for (int round = 0; round < 40; round++) {
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            List<SchedulingRule> rules = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                rules.add(randomRule(random, i));
            }
            Schedule schedule = new Schedule(zone.getId(), false, false, rules, "Default");
            LocalDate weekStart = WEEKS.get(random.nextInt(WEEKS.size()));
            Instant from = weekStart.atStartOfDay(zone).toInstant();
            for (Instant t = from; t.isBefore(from.plus(Duration.ofDays(7))); t = t.plus(1, ChronoUnit.MINUTES)) {
                assertThat(engine.stateAt(schedule, t, null)).as("round %d at %s in %s: %s", round, t, zone, rules)
                        .isEqualTo(oracle(schedule, zone, t));
            }
        }
    }

    private static SchedulingRule randomRule(Random random, int index) {
        Frequency frequency = random.nextBoolean() ? Frequency.DAILY : Frequency.WEEKLY;
        List<Day> days = null;
        if (frequency == Frequency.WEEKLY) {
            days = new ArrayList<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                if (random.nextInt(3) == 0) {
                    days.add(new Day(0, d));
                }
            }
            if (days.isEmpty()) {
                days.add(new Day(0, DayOfWeek.values()[random.nextInt(7)]));
            }
        }
        LocalTime start = LocalTime.of(random.nextInt(24), random.nextInt(4) * 15);
        LocalTime end = LocalTime.of(random.nextInt(24), random.nextInt(4) * 15);
        LocalDate startDate = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(60));
        int interval = 1 + random.nextInt(3);
        return new SchedulingRule("r" + index, "rule " + index, random.nextInt(3), "State " + index, null, null,
                RuleType.TIME, null, null, null, false, startDate, start, end, null, null, null, null, null, days, null,
                null, interval, 0, null, frequency);
    }

    /** The state by brute force: every day that could open a window around t, checked directly. */
    private static String oracle(Schedule schedule, ZoneId zone, Instant t) {
        List<SchedulingRule> ordered = schedule.rules().stream()
                .sorted(Comparator.comparingInt(SchedulingRule::priority)).toList();
        LocalDate today = LocalDateTime.ofInstant(t, zone).toLocalDate();
        for (SchedulingRule rule : ordered) {
            for (LocalDate day = today.minusDays(2); !day.isAfter(today); day = day.plusDays(1)) {
                if (!occursOn(rule, day)) {
                    continue;
                }
                Instant start = ZonedDateTime.of(day.atTime(rule.startTime()), zone).toInstant();
                Duration length = Duration.between(rule.startTime(), rule.endTime());
                if (length.isNegative() || length.isZero()) {
                    length = length.plusDays(1);
                }
                if (!t.isBefore(start) && t.isBefore(start.plus(length))) {
                    return rule.state();
                }
            }
        }
        return schedule.defaultState();
    }

    private static boolean occursOn(SchedulingRule rule, LocalDate day) {
        if (day.isBefore(rule.startDate())) {
            return false;
        }
        if (rule.frequency() == Frequency.DAILY) {
            return ChronoUnit.DAYS.between(rule.startDate(), day) % rule.interval() == 0;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        rule.byDay().forEach(d -> days.add(d.dayOfWeek()));
        LocalDate startWeek = rule.startDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate thisWeek = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return days.contains(day.getDayOfWeek()) && ChronoUnit.WEEKS.between(startWeek, thisWeek) % rule.interval() == 0
               ;
    }
}
