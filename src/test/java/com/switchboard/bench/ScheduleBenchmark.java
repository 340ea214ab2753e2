package com.switchboard.bench;

import com.switchboard.base.domain.JsonDocuments;
import com.switchboard.schedule.Schedule;
import com.switchboard.schedule.ScheduleEngine;
import com.switchboard.schedule.SchedulingRule;
import com.switchboard.schedule.SchedulingRule.Day;
import com.switchboard.schedule.SchedulingRule.Frequency;
import com.switchboard.schedule.SchedulingRule.RuleType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The schedule engine's speed on one thread: {@code ./mvnw -Pbenchmark test -Dtest=ScheduleBenchmark}.
 * Evaluations per second of realistic schedules (office hours with a holiday, a night desk past
 * midnight, a monthly maintenance window, lunch breaks) at random instants over a year; then the
 * state now of 1,000,000 customers whose schedules (1,000 distinct ones, each customer holding its
 * own copy read from JSON, as loaded from the database) are already in memory. Results to stdout
 * and target/benchmark/schedule.md.
 */
class ScheduleBenchmark {

    private static final String[] ZONES = {"America/New_York", "Europe/Berlin", "America/Los_Angeles",
            "Europe/London", "Asia/Tokyo"};

    @Test
    void run() throws Exception {
        StringBuilder report = new StringBuilder();
        Random random = new Random(42);
        List<Schedule> realistic = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            realistic.add(schedule(i, ZONES[i % ZONES.length]));
        }
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Instant[] instants = new Instant[1 << 20];
        for (int i = 0; i < instants.length; i++) {
            instants[i] = start.plusSeconds(random.nextInt(365 * 24 * 3600));
        }

        ScheduleEngine engine = new ScheduleEngine();
        long sink = 0;
        for (int i = 0; i < 2_000_000; i++) {
            sink += engine.stateAt(realistic.get(i & 7), instants[i & (instants.length - 1)], null).length();
        }
        long evaluations = 0;
        long began = System.nanoTime();
        long deadline = began + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 100_000; i++, evaluations++) {
                sink += engine.stateAt(realistic.get((int) (evaluations & 7)),
                        instants[(int) (evaluations & (instants.length - 1))], null).length();
            }
        }
        double perSecond = evaluations / ((System.nanoTime() - began) / 1e9);
        report.append(String.format(Locale.ROOT, "Evaluations per second, one thread, 8 realistic schedules at random "
                + "instants over a year: %,.0f%n", perSecond));

        List<Schedule> distinct = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            distinct.add(schedule(i, ZONES[i % ZONES.length]));
        }
        List<Schedule> customers = new ArrayList<>(1_000_000);
        for (int i = 0; i < 1_000_000; i++) {
            customers.add(JsonDocuments.fromJson(JsonDocuments.toJson(distinct.get(i % 1000)), Schedule.class));
        }
        ScheduleEngine fresh = new ScheduleEngine();
        Instant now = Instant.parse("2026-11-26T15:00:00Z");
        long t0 = System.nanoTime();
        for (Schedule s : customers) {
            sink += fresh.stateAt(s, now, null).length();
        }
        double cold = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        for (Schedule s : customers) {
            sink += fresh.stateAt(s, now.plusSeconds(60), null).length();
        }
        double warm = (System.nanoTime() - t1) / 1e9;
        report.append(String.format(Locale.ROOT, "State now of 1,000,000 customers (1,000 distinct schedules, in "
                + "memory): %.2f s the first time (compiling each distinct schedule), %.2f s the next minute%n",
                cold, warm));
        report.append("(checksum ").append(sink).append(")\n");
        Path out = Path.of("target", "benchmark", "schedule.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\n" + report);
    }

    /** Variant {@code i} of four realistic kinds of schedule. */
    private static Schedule schedule(int i, String zone) {
        LocalDate since = LocalDate.of(2025, 1, 6);
        List<Day> weekdays = List.of(new Day(0, DayOfWeek.MONDAY), new Day(0, DayOfWeek.TUESDAY),
                new Day(0, DayOfWeek.WEDNESDAY), new Day(0, DayOfWeek.THURSDAY), new Day(0, DayOfWeek.FRIDAY));
        LocalTime open = LocalTime.of(7 + i % 4, (i % 2) * 30);
        LocalTime close = open.plusHours(8);
        SchedulingRule holiday = rule("Holiday", 1, true, since, null, null, Frequency.YEARLY, List.of(12), List.of(25),
                null);
        SchedulingRule office = rule("Business Hours", 3, false, since, open, close, Frequency.WEEKLY, null, null,
                weekdays);
        List<SchedulingRule> rules = switch (i % 4) {
            case 0 -> List.of(holiday, office);
            case 1 -> List.of(holiday, rule("Night Desk", 2, false, since, LocalTime.of(22, 0), LocalTime.of(6, 0),
                    Frequency.DAILY, null, null, null), office);
            case 2 -> List.of(rule("Maintenance", 1, false, since, LocalTime.of(1, 0), LocalTime.of(3, 0),
                    Frequency.MONTHLY, null, null, List.of(new Day(1, DayOfWeek.MONDAY))), holiday, office);
            default -> List.of(holiday, rule("Lunch", 2, false, since, LocalTime.of(12, 0), LocalTime.of(13, 0),
                    Frequency.WEEKLY, null, null, weekdays), office);
        };
        return new Schedule(zone, false, false, rules, "After Hours");
    }

    private static SchedulingRule rule(String state, int priority, boolean allDay, LocalDate start, LocalTime from,
            LocalTime to, Frequency frequency, List<Integer> months, List<Integer> monthDays, List<Day> days) {
        return new SchedulingRule(state, state, priority, state, null, null, RuleType.TIME, null, null, null, allDay,
                start, from, to, null, months, null, null, monthDays, days, null, null, 1, 0, null, frequency);
    }
}
