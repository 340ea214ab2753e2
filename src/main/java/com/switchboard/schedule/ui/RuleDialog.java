package com.switchboard.schedule.ui;

import com.switchboard.schedule.Schedule;
import com.switchboard.schedule.ScheduleValidation;
import com.switchboard.schedule.SchedulingRule;
import com.switchboard.schedule.Shadowing;
import com.switchboard.schedule.SchedulingRule.Day;
import com.switchboard.schedule.SchedulingRule.Frequency;
import com.switchboard.schedule.SchedulingRule.RuleType;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Edits one scheduling rule with every field and its priority, shows a plain-language summary and a
 * warning when an earlier rule fully shadows it while it is edited, marks each invalid field, and
 * hands a valid rule and its position back to its opener through a callback.
 */
class RuleDialog extends Dialog {

    /** Hears the valid rule and the 0-based position among the other rules it goes to. */
    @FunctionalInterface
    interface OnOk {
        void accept(SchedulingRule rule, int position);
    }

    static final String ON_EVERY = RuleText.ON_EVERY;
    static final List<String> OFFSETS = List.of(ON_EVERY, "1st", "2nd", "3rd", "4th", "last");

    final TextField name = new TextField("Name");
    final ComboBox<String> state = StateBox.create("State");
    final Select<RuleType> type = new Select<>();
    final ComboBox<String> customerState = StateBox.create("Parent's state");
    final DatePicker startDate = new DatePicker("Start date");
    final Checkbox allDay = new Checkbox("All day");
    final TimePicker startTime = new TimePicker("From");
    final TimePicker endTime = new TimePicker("To");
    final Select<Frequency> frequency = new Select<>();
    final IntegerField interval = new IntegerField("Every");
    final Map<DayOfWeek, Checkbox> weekdays = new EnumMap<>(DayOfWeek.class);
    final Select<String> weekdayOffset = new Select<>();
    final TextField months = new TextField("Months (1-12)");
    final TextField monthDays = new TextField("Days of the month (1-31, -1 = last)");
    final TextField setPositions = new TextField("Set positions (1 = first, -1 = last)");
    final IntegerField count = new IntegerField("Occurrences (0: no limit)");
    final DatePicker until = new DatePicker("Until (inclusive)");
    final IntegerField priority = new IntegerField("Priority (1 = tried first)");
    final Paragraph summary = new Paragraph();
    final Paragraph shadowWarning = new Paragraph();
    final Button ok = new Button("OK");
    private final String id;
    private final SchedulingRule original;
    private final List<SchedulingRule> others;
    /** A new rule's priority follows where it takes effect until it is chosen by hand. */
    private boolean priorityChosen;

    /**
     * @param others the schedule's other rules in order
     * @param index  the rule's position among the schedule's rules, or -1 for a new rule
     */
    RuleDialog(SchedulingRule rule, List<SchedulingRule> others, int index, OnOk onOk) {
        this.original = rule;
        this.others = List.copyOf(others);
        this.id = rule == null || rule.id() == null ? UUID.randomUUID().toString() : rule.id();
        this.priorityChosen = rule != null;
        setHeaderTitle(rule == null ? "New rule" : "Edit rule");
        addClassName("rule-dialog");
        type.setLabel("Applies");
        type.setItems(RuleType.values());
        type.setItemLabelGenerator(t -> switch (t) {
            case TIME -> "At times";
            case ALWAYS -> "Always";
            case CUSTOMER_STATE -> "When the parent is in a state";
        });
        frequency.setLabel("Repeats");
        frequency.setItems(Frequency.NONE, Frequency.HOURLY, Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY,
                Frequency.YEARLY);
        frequency.setItemLabelGenerator(f -> f == Frequency.NONE ? "Once" : capitalize(f.name()));
        interval.setMin(1);
        interval.setStepButtonsVisible(true);
        weekdayOffset.setLabel("Which");
        weekdayOffset.setItems(OFFSETS);
        startTime.setStep(Duration.ofMinutes(15));
        endTime.setStep(Duration.ofMinutes(15));
        startTime.setLocale(RuleText.PICKER_LOCALE);
        endTime.setLocale(RuleText.PICKER_LOCALE);
        startDate.setLocale(RuleText.PICKER_LOCALE);
        until.setLocale(RuleText.PICKER_LOCALE);
        priority.setMin(1);
        priority.setMax(others.size() + 1);
        priority.setStepButtonsVisible(true);
        priority.setHelperText("Rules are tried in order; the first that matches gives the state");
        priority.setValue(index < 0 ? others.size() + 1 : index + 1);
        priority.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                priorityChosen = true;
            }
            refresh();
        });
        FormLayout days = new FormLayout();
        days.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 7));
        for (DayOfWeek d : DayOfWeek.values()) {
            Checkbox chip = new Checkbox(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            chip.addClassName("weekday-chip");
            weekdays.put(d, chip);
            days.add(chip);
        }
        summary.addClassName("rule-summary");
        shadowWarning.addClassNames("shadow-warning", LumoUtility.TextColor.WARNING_CONTRAST,
                LumoUtility.Background.WARNING_10, LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM);

        read(rule);
        FormLayout form = new FormLayout(name, state, type, customerState, startDate, allDay, startTime, endTime,
                frequency, interval, weekdayOffset, months, monthDays, setPositions, count, until, priority);
        form.setColspan(name, 2);
        add(summary, shadowWarning, form, new Paragraph("On"), days);
        for (var field : List.of(name, months, monthDays, setPositions)) {
            field.addValueChangeListener(e -> refresh());
        }
        state.addValueChangeListener(e -> refresh());
        customerState.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        startDate.addValueChangeListener(e -> refresh());
        allDay.addValueChangeListener(e -> refresh());
        startTime.addValueChangeListener(e -> refresh());
        endTime.addValueChangeListener(e -> refresh());
        frequency.addValueChangeListener(e -> refresh());
        interval.addValueChangeListener(e -> refresh());
        count.addValueChangeListener(e -> refresh());
        until.addValueChangeListener(e -> refresh());
        weekdayOffset.addValueChangeListener(e -> refresh());
        weekdays.values().forEach(c -> c.addValueChangeListener(e -> refresh()));
        refresh();

        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickListener(e -> {
            SchedulingRule built = validated();
            if (built != null) {
                onOk.accept(built, position());
                close();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), ok);
        setWidth("46rem");
        setMaxWidth("100%");
    }

    private void read(SchedulingRule r) {
        name.setValue(r == null || r.name() == null ? "" : r.name());
        state.setValue(r == null ? "Business Hours" : r.state());
        type.setValue(r == null || r.simpleRuleType() == null ? RuleType.TIME : r.simpleRuleType());
        customerState.setValue(r == null ? null : r.customerState());
        startDate.setValue(r == null || r.startDate() == null ? LocalDate.now() : r.startDate());
        allDay.setValue(r != null && r.isAllDay());
        startTime.setValue(r == null ? LocalTime.of(9, 0) : r.startTime());
        endTime.setValue(r == null ? LocalTime.of(17, 0) : r.endTime());
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

    private void refresh() {
        boolean time = type.getValue() == RuleType.TIME;
        boolean repeats = frequency.getValue() != Frequency.NONE;
        customerState.setVisible(type.getValue() == RuleType.CUSTOMER_STATE);
        for (var c : List.of(startDate, until)) {
            c.setVisible(time && (c == startDate || repeats));
        }
        allDay.setVisible(time);
        startTime.setVisible(time && !allDay.getValue());
        endTime.setVisible(time && !allDay.getValue());
        frequency.setVisible(time);
        interval.setVisible(time && repeats);
        weekdayOffset.setVisible(time && repeats);
        months.setVisible(time && repeats);
        monthDays.setVisible(time && repeats);
        setPositions.setVisible(time && repeats);
        count.setVisible(time && repeats);
        weekdays.values().forEach(c -> c.setVisible(time && repeats));
        SchedulingRule rule = build(false);
        summary.setText(rule == null ? "" : RuleText.describe(rule));
        if (rule != null && !priorityChosen) {
            priority.setValue(Shadowing.placement(others, rule) + 1);
        }
        showShadowing(rule);
    }

    /** The 0-based position among the other rules that the priority asks for. */
    int position() {
        Integer chosen = priority.getValue();
        return chosen == null ? others.size() : Math.max(0, Math.min(chosen - 1, others.size()));
    }

    private void showShadowing(SchedulingRule rule) {
        List<SchedulingRule> line = new ArrayList<>(others);
        if (rule != null) {
            line.add(position(), rule);
        }
        var earlier = rule == null ? java.util.Optional.<SchedulingRule>empty()
                : Shadowing.shadowedBy(line, position());
        shadowWarning.setVisible(earlier.isPresent());
        shadowWarning.setText(earlier.map(e -> "This rule never applies at priority " + (position() + 1) + ": "
                + RuleText.title(e, line.indexOf(e) + 1) + " is tried first and covers every moment it does. "
                + "Give it a lower priority number or change its times.").orElse(""));
    }

    /** The rule from the fields, or null (with every bad field marked) when it is not valid. */
    SchedulingRule validated() {
        List<HasValidation> fields = List.of(name, state, customerState, startDate, startTime, endTime, interval,
                months, monthDays, setPositions, count, until, frequency);
        fields.forEach(f -> f.setInvalid(false));
        SchedulingRule rule = build(true);
        if (rule == null) {
            return null;
        }
        var problems = ScheduleValidation.problems(new Schedule("UTC", false, false, List.of(rule), "x"), true);
        for (var problem : problems) {
            String field = problem.field().substring(problem.field().lastIndexOf('.') + 1);
            HasValidation target = switch (field) {
                case "state" -> state;
                case "customerState" -> customerState;
                case "startDate" -> startDate;
                case "startTime" -> startTime;
                case "endTime" -> endTime;
                case "interval" -> interval;
                case "count" -> count;
                case "untilDate" -> until;
                case "byMonth" -> months;
                case "byMonthDay" -> monthDays;
                case "bySetPosition" -> setPositions;
                default -> frequency;
            };
            target.setErrorMessage(problem.message());
            target.setInvalid(true);
        }
        return problems.isEmpty() ? rule : null;
    }

    private SchedulingRule build(boolean mark) {
        List<Integer> byMonth = numbers(months, mark);
        List<Integer> byMonthDay = numbers(monthDays, mark);
        List<Integer> bySetPos = numbers(setPositions, mark);
        if (byMonth == null || byMonthDay == null || bySetPos == null) {
            return null;
        }
        RuleType kind = type.getValue();
        boolean time = kind == RuleType.TIME;
        Frequency freq = time ? frequency.getValue() : null;
        boolean repeats = time && freq != Frequency.NONE;
        List<Day> days = new ArrayList<>();
        int offset = OFFSETS.indexOf(weekdayOffset.getValue());
        int dayOffset = offset <= 0 ? 0 : offset == 5 ? -1 : offset;
        if (repeats) {
            weekdays.forEach((d, chip) -> {
                if (chip.getValue()) {
                    days.add(new Day(dayOffset, d));
                }
            });
        }
        return new SchedulingRule(id, name.getValue().isBlank() ? null : name.getValue().strip(), position() + 1,
                state.getValue(), original == null ? null : original.source(),
                original == null ? null : original.condition(), kind,
                kind == RuleType.CUSTOMER_STATE ? customerState.getValue() : null,
                original == null ? null : original.flowId(), original == null ? null : original.flowParams(),
                time && allDay.getValue(), time ? startDate.getValue() : null,
                time && !allDay.getValue() ? startTime.getValue() : null,
                time && !allDay.getValue() ? endTime.getValue() : null, repeats ? emptyToNull(bySetPos) : null,
                repeats ? emptyToNull(byMonth) : null, repeats ? kept(SchedulingRule::byWeekNo) : null,
                repeats ? kept(SchedulingRule::byYearDay) : null, repeats ? emptyToNull(byMonthDay) : null,
                repeats && !days.isEmpty() ? days : null, repeats ? kept(SchedulingRule::byHour) : null,
                repeats ? kept(SchedulingRule::byMinute) : null,
                repeats ? (interval.getValue() == null ? 0 : interval.getValue()) : 0,
                repeats && count.getValue() != null ? count.getValue() : 0, repeats ? until.getValue() : null, freq);
    }

    /** A part the dialog does not edit (week numbers, year days, hours, minutes), kept as it was. */
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
