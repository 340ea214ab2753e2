package com.switchboard.schedule.ui;

import com.switchboard.schedule.SchedulingRule;
import com.switchboard.schedule.SchedulingRule.Day;
import com.switchboard.schedule.SchedulingRule.Frequency;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a time rule repeats, as the rule dialog edits it: frequency, interval, weekdays and which of
 * them in the month, months, days of the month, set positions, occurrences and the last day. The
 * parts of a recurrence the dialog does not edit (week numbers, year days, hours, minutes) are kept
 * as the rule had them.
 */
final class RecurrenceFields implements Serializable {

    static final String ON_EVERY = RuleText.ON_EVERY;
    static final List<String> OFFSETS = List.of(ON_EVERY, "1st", "2nd", "3rd", "4th", "last");

    /** The recurrence of a rule: each part null (numbers 0) when it does not apply. */
    record Parts(Frequency frequency, List<Integer> bySetPosition, List<Integer> byMonth, List<Integer> byWeekNo,
            List<Integer> byYearDay, List<Integer> byMonthDay, List<Day> byDay, List<Integer> byHour,
            List<Integer> byMinute, int interval, int count, LocalDate until) {}

    final Select<Frequency> frequency = new Select<>();
    final IntegerField interval = new IntegerField("Every");
    final Map<DayOfWeek, Checkbox> weekdays = new EnumMap<>(DayOfWeek.class);
    final FormLayout days = new FormLayout();
    final Select<String> weekdayOffset = new Select<>();
    final TextField months = new TextField("Months (1-12)");
    final TextField monthDays = new TextField("Days of the month (1-31, -1 = last)");
    final TextField setPositions = new TextField("Set positions (1 = first, -1 = last)");
    final IntegerField count = new IntegerField("Occurrences (0: no limit)");
    final DatePicker until = new DatePicker("Until (inclusive)");
    private final SchedulingRule original;

    /** @param original the rule as it was, or null for a new one */
    RecurrenceFields(SchedulingRule original) {
        this.original = original;
        frequency.setLabel("Repeats");
        frequency.setItems(Frequency.NONE, Frequency.HOURLY, Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY,
                Frequency.YEARLY);
        frequency.setItemLabelGenerator(f -> f == Frequency.NONE ? "Once" : capitalize(f.name()));
        interval.setMin(1);
        interval.setStepButtonsVisible(true);
        weekdayOffset.setLabel("Which");
        weekdayOffset.setItems(OFFSETS);
        until.setLocale(RuleText.PICKER_LOCALE);
        days.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 7));
        for (DayOfWeek d : DayOfWeek.values()) {
            Checkbox chip = new Checkbox(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            chip.addClassName("weekday-chip");
            weekdays.put(d, chip);
            days.add(chip);
        }
        read(original);
    }

    private void read(SchedulingRule r) {
        frequency.setValue(r == null ? Frequency.WEEKLY : r.frequency() == null ? Frequency.NONE : r.frequency());
        interval.setValue(r == null ? 1 : Math.max(r.interval(), 1));
        String offset = ON_EVERY;
        if (r != null && r.byDay() != null) {
            for (Day d : r.byDay()) {
                weekdays.get(d.dayOfWeek()).setValue(true);
                offset = RuleText.offsetLabel(d.offset());
            }
        }
        weekdayOffset.setValue(offset);
        months.setValue(join(r == null ? null : r.byMonth()));
        monthDays.setValue(join(r == null ? null : r.byMonthDay()));
        setPositions.setValue(join(r == null ? null : r.bySetPosition()));
        count.setValue(r == null ? 0 : r.count());
        until.setValue(r == null ? null : r.untilDate());
    }

    /** Runs {@code listener} whenever any of the fields changes. */
    void onChange(Runnable listener) {
        for (var field : List.of(months, monthDays, setPositions)) {
            field.addValueChangeListener(e -> listener.run());
        }
        frequency.addValueChangeListener(e -> listener.run());
        interval.addValueChangeListener(e -> listener.run());
        count.addValueChangeListener(e -> listener.run());
        until.addValueChangeListener(e -> listener.run());
        weekdayOffset.addValueChangeListener(e -> listener.run());
        weekdays.values().forEach(c -> c.addValueChangeListener(e -> listener.run()));
    }

    /** Shows the frequency for a time rule, and the rest when it repeats. */
    void show(boolean time) {
        boolean repeats = time && frequency.getValue() != Frequency.NONE;
        frequency.setVisible(time);
        for (Component field : List.<Component>of(interval, weekdayOffset, months, monthDays, setPositions, count,
                until)) {
            field.setVisible(repeats);
        }
        weekdays.values().forEach(c -> c.setVisible(repeats));
    }

    List<HasValidation> validatable() {
        return List.of(interval, months, monthDays, setPositions, count, until, frequency);
    }

    /** The field a validation problem about a rule's {@code property} concerns; the frequency for any other. */
    HasValidation fieldFor(String property) {
        return switch (property) {
            case "interval" -> interval;
            case "count" -> count;
            case "untilDate" -> until;
            case "byMonth" -> months;
            case "byMonthDay" -> monthDays;
            case "bySetPosition" -> setPositions;
            default -> frequency;
        };
    }

    /**
     * The recurrence of a rule ({@code time}: a time rule), or null when a list of numbers does not
     * read, which {@code mark} marks on its field.
     */
    Parts parts(boolean time, boolean mark) {
        List<Integer> byMonth = numbers(months, mark);
        List<Integer> byMonthDay = numbers(monthDays, mark);
        List<Integer> bySetPos = numbers(setPositions, mark);
        if (byMonth == null || byMonthDay == null || bySetPos == null) {
            return null;
        }
        Frequency freq = time ? frequency.getValue() : null;
        if (!time || freq == Frequency.NONE) {
            return new Parts(freq, null, null, null, null, null, null, null, null, 0, 0, null);
        }
        List<Day> byDay = new ArrayList<>();
        int offset = OFFSETS.indexOf(weekdayOffset.getValue());
        int dayOffset = offset <= 0 ? 0 : offset == 5 ? -1 : offset;
        weekdays.forEach((d, chip) -> {
            if (chip.getValue()) {
                byDay.add(new Day(dayOffset, d));
            }
        });
        return new Parts(freq, emptyToNull(bySetPos), emptyToNull(byMonth), kept(SchedulingRule::byWeekNo),
                kept(SchedulingRule::byYearDay), emptyToNull(byMonthDay), byDay.isEmpty() ? null : byDay,
                kept(SchedulingRule::byHour), kept(SchedulingRule::byMinute),
                interval.getValue() == null ? 0 : interval.getValue(), count.getValue() != null ? count.getValue() : 0,
                until.getValue());
    }

    /** A part the dialog does not edit, kept as it was. */
    private List<Integer> kept(Function<SchedulingRule, List<Integer>> part) {
        return original == null ? null : part.apply(original);
    }

    private static List<Integer> numbers(TextField field, boolean mark) {
        String text = field.getValue().strip();
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            return Arrays.stream(text.split("[,\\s]+")).map(Integer::parseInt).toList();
        } catch (NumberFormatException e) {
            if (mark) {
                field.setErrorMessage("Enter whole numbers separated by commas");
                field.setInvalid(true);
            }
            return null;
        }
    }

    private static List<Integer> emptyToNull(List<Integer> values) {
        return values.isEmpty() ? null : values;
    }

    private static String join(List<Integer> values) {
        return values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String capitalize(String text) {
        return text.charAt(0) + text.substring(1).toLowerCase(Locale.ROOT);
    }
}
