package com.switchboard.schedule;

import com.switchboard.schedule.SchedulingRule.Frequency;
import com.switchboard.schedule.SchedulingRule.RuleType;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * Decides which state a schedule is in at an instant.
 *
 * <ul>
 * <li>The schedule is read in its {@code timeZoneId} (IANA); local times resolve as
 * {@link ZonedDateTime#of} does across DST gaps (moved forward) and overlaps (the earlier offset).</li>
 * <li>{@code forceClosed}: the state is {@value #CLOSED} whatever the rules say.</li>
 * <li>Rules are tried in ascending {@code priority}, ties in list order; the first that matches gives
 * its {@code state}; when none matches, {@code defaultState}.</li>
 * <li>{@code Always} matches; {@code CustomerState} matches when the parent customer's state at the
 * same instant equals {@code customerState} (no parent: never); {@code Time} matches inside one of
 * the rule's occurrence windows.</li>
 * <li>A Time rule's occurrences are the RFC 5545 recurrence (expanded by lib-recur) with DTSTART =
 * {@code startDate} at {@code startTime}, local; frequency None is the single occurrence. UNTIL is
 * {@code untilDate} inclusive (its local end of day). Each occurrence opens the window
 * [occurrence, occurrence + ({@code endTime} − {@code startTime})), the occurrence being the local
 * date-time resolved to an instant and the length added to that instant (so a window is as long in
 * real time on a DST day as on any other); an end at or before the start runs past midnight.
 * All-day rules cover the occurrence's whole local day.</li>
 * <li>{@code condition}, {@code source}, {@code flowId} and {@code flowParams} do not affect the state.</li>
 * </ul>
 *
 * Compiled schedules are cached by value, and each Time rule caches its occurrences per local day,
 * so evaluating the same schedules again and again costs a few map look-ups.
 */
public final class ScheduleEngine {

    public static final String CLOSED = "Closed";
    private static final int CACHE_LIMIT = 50_000;
    private static final DateTimeFormatter RRULE_UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

    private final Map<Schedule, Compiled> compiled = new ConcurrentHashMap<>();

    /**
     * The state of {@code schedule} at {@code at}; {@code parentState} gives the parent customer's
     * state at an instant (null when there is no parent). The schedule must be valid
     * ({@link ScheduleValidation}) and must not be an inheriting one: resolve inheritance first.
     */
    public String stateAt(Schedule schedule, Instant at, Function<Instant, String> parentState) {
        return compile(schedule).stateAt(at, parentState);
    }

    /** The instants in [from, to) where the state may change: every window start and end. */
    public List<Instant> boundaries(Schedule schedule, Instant from, Instant to) {
        return compile(schedule).boundaries(from, to);
    }

    /** The local start date-times of a rule's occurrences on the days from {@code first} to {@code last}. */
    public List<LocalDateTime> occurrences(SchedulingRule rule, String timeZoneId, LocalDate first, LocalDate last) {
        CompiledRule compiledRule = new CompiledRule(rule, ZoneId.of(timeZoneId));
        List<LocalDateTime> result = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            result.addAll(compiledRule.occurrencesOn(day));
        }
        return result;
    }

    /**
     * The local start date-times of a Time rule's occurrences at or after {@code from}, in order,
     * its count and until applied. {@code hasNext} may throw {@link IllegalArgumentException} for a
     * recurrence that matches nothing (lib-recur gives up after many empty periods); building it
     * throws {@link DateTimeException} for one that lib-recur refuses.
     */
    static Iterator<LocalDateTime> occurrencesFrom(SchedulingRule rule, LocalDateTime from) {
        CompiledRule compiledRule = new CompiledRule(rule, ZoneOffset.UTC);
        if (compiledRule.recurrence == null) {
            return (compiledRule.start.isBefore(from) ? List.<LocalDateTime>of() : List.of(compiledRule.start))
                    .iterator();
        }
        RecurrenceRuleIterator it = compiledRule.recurrence.iterator(CompiledRule.floating(compiledRule.start));
        if (from.isAfter(compiledRule.start)) {
            it.fastForward(CompiledRule.floating(from));
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public LocalDateTime next() {
                return CompiledRule.local(it.nextDateTime());
            }
        };
    }

    private Compiled compile(Schedule schedule) {
        Compiled c = compiled.get(schedule);
        if (c == null) {
            if (compiled.size() > CACHE_LIMIT) {
                compiled.clear();
            }
            c = new Compiled(schedule);
            compiled.put(schedule, c);
        }
        return c;
    }

    private static final class Compiled {
        final ZoneId zone;
        final boolean forceClosed;
        final String defaultState;
        final List<CompiledRule> rules;

        Compiled(Schedule schedule) {
            this.zone = ZoneId.of(schedule.timeZoneId());
            this.forceClosed = schedule.forceClosed();
            this.defaultState = schedule.defaultState();
            this.rules = schedule.rules().stream()
                    .sorted(Comparator.comparingInt(SchedulingRule::priority)) // stable: ties keep list order
                    .map(r -> new CompiledRule(r, zone)).collect(Collectors.toList());
        }

        String stateAt(Instant at, Function<Instant, String> parentState) {
            if (forceClosed) {
                return CLOSED;
            }
            LocalDateTime local = LocalDateTime.ofInstant(at, zone);
            for (CompiledRule rule : rules) {
                if (rule.matches(at, local, parentState)) {
                    return rule.state;
                }
            }
            return defaultState;
        }

        List<Instant> boundaries(Instant from, Instant to) {
            List<Instant> result = new ArrayList<>();
            LocalDate first = LocalDateTime.ofInstant(from, zone).toLocalDate().minusDays(2);
            LocalDate last = LocalDateTime.ofInstant(to, zone).toLocalDate();
            for (CompiledRule rule : rules) {
                if (rule.type != RuleType.TIME) {
                    continue;
                }
                for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                    for (LocalDateTime start : rule.occurrencesOn(day)) {
                        for (Instant edge : List.of(rule.windowStart(start), rule.windowEnd(start))) {
                            if (!edge.isBefore(from) && edge.isBefore(to)) {
                                result.add(edge);
                            }
                        }
                    }
                }
            }
            return result.stream().distinct().sorted().toList();
        }
    }

    private static final class CompiledRule {
        final RuleType type;
        final String state;
        final String customerState;
        final ZoneId zone;
        final boolean allDay;
        final LocalDateTime start;
        final Duration length;
        final RecurrenceRule recurrence;
        final Map<LocalDate, List<LocalDateTime>> byDay = new ConcurrentHashMap<>();
        final Map<LocalDate, long[]> windowsByDay = new ConcurrentHashMap<>();

        CompiledRule(SchedulingRule rule, ZoneId zone) {
            this.type = rule.simpleRuleType() == null ? RuleType.ALWAYS : rule.simpleRuleType();
            this.state = rule.state();
            this.customerState = rule.customerState();
            this.zone = zone;
            this.allDay = rule.isAllDay();
            if (type != RuleType.TIME) {
                this.start = null;
                this.length = null;
                this.recurrence = null;
                return;
            }
            LocalTime startTime = allDay || rule.startTime() == null ? LocalTime.MIDNIGHT : rule.startTime();
            this.start = rule.startDate().atTime(startTime);
            if (allDay) {
                this.length = Duration.ofDays(1);
            } else {
                Duration d = Duration.between(rule.startTime(), rule.endTime());
                this.length = d.isNegative() || d.isZero() ? d.plusDays(1) : d;
            }
            this.recurrence = rule.frequency() == null || rule.frequency() == Frequency.NONE ? null : rrule(rule);
        }

        boolean matches(Instant at, LocalDateTime local, Function<Instant, String> parentState) {
            return switch (type) {
                case ALWAYS -> true;
                case CUSTOMER_STATE -> {
                    String parent = parentState == null ? null : parentState.apply(at);
                    yield parent != null && parent.equals(customerState);
                }
                case TIME -> inWindow(at, local);
            };
        }

        private boolean inWindow(Instant at, LocalDateTime local) {
            LocalDate lastDay = local.toLocalDate();
            LocalDate firstDay = local.minus(length).minusHours(3).toLocalDate();
            long second = at.getEpochSecond();
            for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
                long[] windows = windowsOn(day);
                for (int i = 0; i < windows.length; i += 2) {
                    if (second >= windows[i] && second < windows[i + 1]) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The windows opening on a local day as pairs of epoch seconds [start, end), from a per-day cache. */
        private long[] windowsOn(LocalDate day) {
            long[] cached = windowsByDay.get(day);
            if (cached == null) {
                List<LocalDateTime> starts = occurrencesOn(day);
                cached = new long[starts.size() * 2];
                for (int i = 0; i < starts.size(); i++) {
                    cached[2 * i] = windowStart(starts.get(i)).getEpochSecond();
                    cached[2 * i + 1] = windowEnd(starts.get(i)).getEpochSecond();
                }
                if (windowsByDay.size() > 4_000) {
                    windowsByDay.clear();
                }
                windowsByDay.put(day, cached);
            }
            return cached;
        }

        Instant windowStart(LocalDateTime occurrence) {
            return (allDay ? occurrence.toLocalDate().atStartOfDay(zone) : ZonedDateTime.of(occurrence, zone))
                    .toInstant();
        }

        Instant windowEnd(LocalDateTime occurrence) {
            return allDay ? occurrence.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(occurrence, zone).toInstant().plus(length);
        }

        /** The occurrences that start on a local day, from the per-day cache. */
        List<LocalDateTime> occurrencesOn(LocalDate day) {
            if (day.isBefore(start.toLocalDate())) {
                return List.of();
            }
            List<LocalDateTime> cached = byDay.get(day);
            if (cached == null) {
                if (byDay.size() > 4_000) {
                    byDay.clear();
                }
                cached = expand(day);
                byDay.put(day, cached);
            }
            return cached;
        }

        private List<LocalDateTime> expand(LocalDate day) {
            if (recurrence == null) {
                return start.toLocalDate().equals(day) ? List.of(start) : List.of();
            }
            RecurrenceRuleIterator it = recurrence.iterator(floating(start));
            it.fastForward(floating(day.atStartOfDay()));
            List<LocalDateTime> found = new ArrayList<>(2);
            while (it.hasNext()) {
                LocalDateTime next = local(it.nextDateTime());
                if (!next.toLocalDate().equals(day)) {
                    break;
                }
                found.add(next);
            }
            return List.copyOf(found);
        }

        private static RecurrenceRule rrule(SchedulingRule r) {
            StringBuilder s = new StringBuilder("FREQ=").append(r.frequency().name());
            if (r.interval() > 1) s.append(";INTERVAL=").append(r.interval());
            if (r.count() > 0) s.append(";COUNT=").append(r.count());
            if (r.untilDate() != null) s.append(";UNTIL=").append(RRULE_UNTIL.format(r.untilDate().atTime(23, 59, 59)));
            part(s, "BYMONTH", r.byMonth());
            part(s, "BYWEEKNO", r.byWeekNo());
            part(s, "BYYEARDAY", r.byYearDay());
            part(s, "BYMONTHDAY", r.byMonthDay());
            if (r.byDay() != null && !r.byDay().isEmpty()) {
                s.append(";BYDAY=").append(r.byDay().stream()
                        .map(d -> (d.offset() == 0 ? "" : Integer.toString(d.offset()))
                                + d.dayOfWeek().name().substring(0, 2))
                        .collect(Collectors.joining(",")));
            }
            part(s, "BYHOUR", r.byHour());
            part(s, "BYMINUTE", r.byMinute());
            part(s, "BYSETPOS", r.bySetPosition());
            try {
                return new RecurrenceRule(s.toString(), RecurrenceRule.RfcMode.RFC5545_STRICT);
            } catch (InvalidRecurrenceRuleException e) {
                throw new DateTimeException("Invalid recurrence " + s + ": " + e.getMessage(), e);
            }
        }

        private static void part(StringBuilder s, String name, List<Integer> values) {
            if (values != null && !values.isEmpty()) {
                s.append(';').append(name).append('=')
                        .append(values.stream().map(String::valueOf).collect(Collectors.joining(",")));
            }
        }

        private static DateTime floating(LocalDateTime t) {
            return new DateTime(t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth(), t.getHour(), t.getMinute(),
                    t.getSecond());
        }

        private static LocalDateTime local(DateTime t) {
            return LocalDateTime.of(t.getYear(), t.getMonth() + 1, t.getDayOfMonth(), t.getHours(), t.getMinutes(),
                    t.getSeconds());
        }
    }
}
