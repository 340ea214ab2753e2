package com.switchboard.customer.ui;

import com.switchboard.base.domain.ValidationException;
import com.switchboard.customer.CustomerDetails.Inherited;
import com.switchboard.customer.CustomerSchedules.State;
import com.switchboard.customer.CustomerSchedules.Transition;
import com.switchboard.schedule.Schedule;
import com.switchboard.schedule.ScheduleValidation;
import com.switchboard.schedule.SchedulingRule;
import com.switchboard.schedule.SchedulingRule.Day;
import com.switchboard.schedule.SchedulingRule.Frequency;
import com.switchboard.schedule.SchedulingRule.RuleType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Edits a customer's schedule: time zone, inherit, force-closed, default state and the rules in
 * priority order, with a live preview of the unsaved edit (the state now, seven days as a coloured
 * strip, the next transitions, the state at any moment). The preview asks its opener, which owns the
 * service.
 */
class ScheduleEditor extends CustomField<Schedule> {

    /** What the preview needs from the opener. */
    interface Preview {
        State stateAt(Schedule candidate, Instant at);

        List<Transition> transitions(Schedule candidate, Instant from, Instant to);

        Inherited<Schedule> inherited();
    }

    static final List<String> STATES = List.of("Business Hours", "After Hours", "Holiday", "Closed");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final String[] PALETTE = {"#1677ff", "#52c41a", "#fa8c16", "#eb2f96", "#722ed1", "#13c2c2",
            "#a0d911", "#f5222d", "#2f54eb", "#faad14"};

    final ComboBox<String> zone = new ComboBox<>("Time zone");
    final Checkbox inherit = new Checkbox("Inherit the parent's schedule");
    final Checkbox forceClosed = new Checkbox("Force closed");
    final ComboBox<String> defaultState = stateBox("Default state");
    final Span inheritedNote = new Span();
    final Grid<SchedulingRule> rules = new Grid<>();
    final Button addRule = new Button("Add rule", VaadinIcon.PLUS.create());
    final Span stateNow = new Span();
    final Div timeline = new Div();
    final VerticalLayout upcoming = new VerticalLayout();
    final DateTimePicker when = new DateTimePicker("What is the state at…");
    final Span stateAtWhen = new Span();
    final Span problem = new Span();
    private final List<SchedulingRule> ruleList = new ArrayList<>();
    private boolean presentedNothing;
    /** The zone of the schedule the preview last evaluated; null while the edit is invalid or applies none. */
    private ZoneId previewZone;
    private final VerticalLayout own = new VerticalLayout();
    private final transient Preview preview;
    private final transient Supplier<Clock> clock;
    private final transient BooleanSupplier hasParent;

    ScheduleEditor(Preview preview, BooleanSupplier hasParent, Supplier<Clock> clock) {
        this.preview = preview;
        this.hasParent = hasParent;
        this.clock = clock;
        addClassName("schedule-editor");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setWidth("18rem");
        inheritedNote.addClassName("inherited-note");
        problem.addClassName("schedule-problem");
        rules.addColumn(r -> ruleList.indexOf(r) + 1).setHeader("#").setWidth("3rem").setFlexGrow(0);
        rules.addColumn(ScheduleEditor::describe).setHeader("Rule").setFlexGrow(1);
        rules.addComponentColumn(this::ruleActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        rules.setAllRowsVisible(true);
        rules.addClassName("schedule-rules");
        addRule.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addRule.addClickListener(e -> new RuleDialog(null, ruleList.size() + 1, rule -> {
            ruleList.add(rule);
            rulesChanged();
        }).open());
        timeline.addClassName("timeline");
        upcoming.setPadding(false);
        upcoming.setSpacing(false);
        upcoming.addClassName("upcoming");
        when.addValueChangeListener(e -> showStateAtWhen());
        stateNow.addClassName("state-now");

        zone.addValueChangeListener(e -> changed());
        inherit.addValueChangeListener(e -> changed());
        forceClosed.addValueChangeListener(e -> changed());
        defaultState.addValueChangeListener(e -> changed());

        HorizontalLayout header = new HorizontalLayout(zone, defaultState, forceClosed);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        own.setPadding(false);
        own.add(header, new H4("Rules, first match wins"), rules, addRule);
        VerticalLayout previewPanel = new VerticalLayout(new H4("Preview of this edit"), stateNow, timeline,
                new Span("Next changes"), upcoming, when, stateAtWhen);
        previewPanel.addClassName("schedule-preview");
        previewPanel.setPadding(false);
        add(new VerticalLayout(inherit, inheritedNote, problem, own, previewPanel));
    }

    static ComboBox<String> stateBox(String label) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setItems(STATES);
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> {
            List<String> items = new ArrayList<>(box.getListDataView().getItems().toList());
            if (!items.contains(e.getDetail())) {
                items.add(e.getDetail());
                box.setItems(items);
            }
            box.setValue(e.getDetail());
        });
        return box;
    }

    private HorizontalLayout ruleActions(SchedulingRule rule) {
        Button up = icon(VaadinIcon.ARROW_UP, "Move up", () -> move(rule, -1));
        Button down = icon(VaadinIcon.ARROW_DOWN, "Move down", () -> move(rule, 1));
        Button edit = icon(VaadinIcon.EDIT, "Edit", () -> new RuleDialog(rule, ruleList.indexOf(rule) + 1, changed -> {
            ruleList.set(ruleList.indexOf(rule), changed);
            rulesChanged();
        }).open());
        Button duplicate = icon(VaadinIcon.COPY_O, "Duplicate", () -> {
            ruleList.add(ruleList.indexOf(rule) + 1, copy(rule));
            rulesChanged();
        });
        Button delete = icon(VaadinIcon.TRASH, "Delete", () -> {
            ruleList.remove(rule);
            rulesChanged();
        });
        up.setEnabled(ruleList.indexOf(rule) > 0);
        down.setEnabled(ruleList.indexOf(rule) < ruleList.size() - 1);
        return new HorizontalLayout(up, down, edit, duplicate, delete);
    }

    private static Button icon(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    void move(SchedulingRule rule, int by) {
        int from = ruleList.indexOf(rule);
        int to = from + by;
        if (from < 0 || to < 0 || to >= ruleList.size()) {
            return;
        }
        ruleList.remove(from);
        ruleList.add(to, rule);
        rulesChanged();
    }

    List<SchedulingRule> ruleList() {
        return List.copyOf(ruleList);
    }

    void addRule(SchedulingRule rule) {
        ruleList.add(rule);
        rulesChanged();
    }

    private SchedulingRule copy(SchedulingRule r) {
        return new SchedulingRule(UUID.randomUUID().toString(), r.name(), r.priority(), r.state(), r.source(),
                r.condition(), r.simpleRuleType(), r.customerState(), r.flowId(), r.flowParams(), r.isAllDay(),
                r.startDate(), r.startTime(), r.endTime(), r.bySetPosition(), r.byMonth(), r.byWeekNo(), r.byYearDay(),
                r.byMonthDay(), r.byDay(), r.byHour(), r.byMinute(), r.interval(), r.count(), r.untilDate(),
                r.frequency());
    }

    private void rulesChanged() {
        rules.setItems(ruleList);
        changed();
    }

    private void changed() {
        own.setVisible(!inherit.getValue());
        updateValue();
        refreshPreview();
    }

    @Override
    protected Schedule generateModelValue() {
        List<SchedulingRule> prioritised = new ArrayList<>();
        for (int i = 0; i < ruleList.size(); i++) {
            SchedulingRule r = ruleList.get(i);
            prioritised.add(new SchedulingRule(r.id(), r.name(), i + 1, r.state(), r.source(), r.condition(),
                    r.simpleRuleType(), r.customerState(), r.flowId(), r.flowParams(), r.isAllDay(), r.startDate(),
                    r.startTime(), r.endTime(), r.bySetPosition(), r.byMonth(), r.byWeekNo(), r.byYearDay(),
                    r.byMonthDay(), r.byDay(), r.byHour(), r.byMinute(), r.interval(), r.count(), r.untilDate(),
                    r.frequency()));
        }
        if (presentedNothing && inherit.getValue() && prioritised.isEmpty() && zone.getValue() == null
                && defaultState.getValue() == null && !forceClosed.getValue()) {
            return null; // untouched: a customer without a schedule already inherits
        }
        return new Schedule(zone.getValue(), inherit.getValue(), forceClosed.getValue(), prioritised,
                defaultState.getValue());
    }

    /**
     * Shows {@code schedule} even when it equals the current value (the binder skips those, and
     * whether a missing schedule means "inherit" depends on the customer shown).
     */
    void present(Schedule schedule) {
        setPresentationValue(schedule);
        updateValue();
    }

    @Override
    protected void setPresentationValue(Schedule schedule) {
        presentedNothing = schedule == null;
        ruleList.clear();
        inherit.setVisible(hasParent.getAsBoolean());
        if (schedule == null) {
            inherit.setValue(hasParent.getAsBoolean());
            zone.setValue(null);
            forceClosed.setValue(false);
            defaultState.setValue(null);
        } else {
            ruleList.addAll(schedule.rules().stream()
                    .sorted(Comparator.comparingInt(SchedulingRule::priority)).toList());
            inherit.setValue(schedule.inherit());
            zone.setValue(schedule.timeZoneId());
            forceClosed.setValue(schedule.forceClosed());
            defaultState.setValue(schedule.defaultState());
        }
        rules.setItems(ruleList);
        own.setVisible(!inherit.getValue());
        refreshPreview();
    }

    /** The problems of the edit, each marked where it can be; null when there are none. */
    String problem() {
        zone.setInvalid(false);
        defaultState.setInvalid(false);
        var problems = ScheduleValidation.problems(generateModelValue(), hasParent.getAsBoolean());
        for (var p : problems) {
            if (p.field().equals("schedule.timeZoneId")) {
                zone.setErrorMessage(p.message());
                zone.setInvalid(true);
            } else if (p.field().equals("schedule.defaultState")) {
                defaultState.setErrorMessage(p.message());
                defaultState.setInvalid(true);
            }
        }
        return problems.isEmpty() ? null : problems.get(0).message();
    }

    // ---- preview ----------------------------------------------------------------------------------------

    void refreshPreview() {
        timeline.removeAll();
        upcoming.removeAll();
        previewZone = null;
        Schedule candidate = generateModelValue();
        if (inherit.getValue()) {
            Inherited<Schedule> inherited = preview.inherited();
            inheritedNote.setText(inherited.value() == null ? "No ancestor has a schedule"
                    : "Inherits " + inherited.sourceName() + "'s schedule: "
                    + inherited.value().rules().stream().map(ScheduleEditor::describe).collect(Collectors.joining("; "))
                    + (inherited.value().defaultState() == null ? "" : "; otherwise " + inherited.value().defaultState()));
        } else {
            inheritedNote.setText("");
        }
        List<ScheduleValidation.Problem> problems = ScheduleValidation.problems(candidate, hasParent.getAsBoolean());
        problem.setText(problems.isEmpty() ? "" : problems.get(0).message());
        if (!problems.isEmpty()) {
            stateNow.setText("Fix the schedule to see a preview");
            return;
        }
        try {
            Instant now = clock.get().instant();
            State state = preview.stateAt(candidate, now);
            if (state.stateName() == null) {
                stateNow.setText("No schedule applies");
                return;
            }
            stateNow.setText("Now: " + state.stateName());
            ZoneId zoneId = ZoneId.of(state.timeZoneId());
            previewZone = zoneId;
            Instant from = LocalDate.ofInstant(now, zoneId).atStartOfDay(zoneId).toInstant();
            Instant to = from.plus(Duration.ofDays(7));
            List<Transition> changes = preview.transitions(candidate, from, to);
            drawTimeline(preview.stateAt(candidate, from).stateName(), changes, from, to, zoneId);
            List<Transition> next = preview.transitions(candidate, now, now.plus(Duration.ofDays(400))).stream()
                    .limit(10).toList();
            next.forEach(t -> upcoming.add(new Span(WHEN.format(t.at().atZone(zoneId)) + " → " + t.state())));
            if (next.isEmpty()) {
                upcoming.add(new Span("No change within a year"));
            }
            showStateAtWhen();
        } catch (ValidationException e) {
            stateNow.setText(e.getMessage());
        }
    }

    private void drawTimeline(String initial, List<Transition> changes, Instant from, Instant to, ZoneId zoneId) {
        double total = Duration.between(from, to).toMillis();
        Instant segmentStart = from;
        String state = initial;
        List<Transition> all = new ArrayList<>(changes);
        all.add(new Transition(to, null));
        for (Transition t : all) {
            if (t.at().isAfter(segmentStart) && state != null) {
                Div segment = new Div();
                segment.addClassName("timeline-segment");
                double width = Duration.between(segmentStart, t.at()).toMillis() / total * 100;
                segment.getStyle().set("width", String.format(Locale.ROOT, "%.4f%%", width))
                        .set("background", color(state));
                segment.getElement().setAttribute("title", state + ": " + WHEN.format(segmentStart.atZone(zoneId))
                        + " – " + WHEN.format(t.at().atZone(zoneId)));
                segment.getElement().setAttribute("data-state", state);
                timeline.add(segment);
            }
            segmentStart = t.at();
            state = t.state();
        }
        Div days = new Div();
        days.addClassName("timeline-days");
        LocalDate first = LocalDate.ofInstant(from, zoneId);
        for (int i = 0; i < 7; i++) {
            days.add(new Span(first.plusDays(i).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                    + first.plusDays(i).getDayOfMonth()));
        }
        timeline.add(days);
    }

    private void showStateAtWhen() {
        LocalDateTime at = when.getValue();
        if (at == null || previewZone == null) {
            stateAtWhen.setText("");
            return;
        }
        stateAtWhen.setText(preview.stateAt(generateModelValue(), at.atZone(previewZone).toInstant()).stateName());
    }

    static String color(String state) {
        return PALETTE[Math.floorMod(state.hashCode(), PALETTE.length)];
    }

    // ---- plain language ------------------------------------------------------------------------------

    /** A rule in words: "Every weekday, 09:00–17:00 → Business Hours". */
    static String describe(SchedulingRule r) {
        String target = " → " + r.state();
        RuleType type = r.simpleRuleType() == null ? RuleType.ALWAYS : r.simpleRuleType();
        if (type == RuleType.ALWAYS) {
            return "Always" + target;
        }
        if (type == RuleType.CUSTOMER_STATE) {
            return "When the parent is in " + r.customerState() + target;
        }
        String times = r.isAllDay() ? "all day"
                : (r.startTime() == null ? "?" : r.startTime()) + "–" + (r.endTime() == null ? "?" : r.endTime());
        Frequency f = r.frequency() == null ? Frequency.NONE : r.frequency();
        String when = switch (f) {
            case NONE -> "Once on " + r.startDate();
            case YEARLY -> every(r, "year") + yearlyDetail(r);
            case MONTHLY -> every(r, "month") + monthlyDetail(r);
            case WEEKLY -> r.byDay() == null || r.byDay().isEmpty() ? every(r, "week")
                    : every(r, "") + " " + days(r.byDay());
            case DAILY -> every(r, "day") + (r.byDay() == null || r.byDay().isEmpty() ? "" : " on " + days(r.byDay()));
            case HOURLY -> every(r, "hour");
            default -> f.name().toLowerCase(Locale.ROOT);
        };
        String limit = r.count() > 0 ? ", " + r.count() + " times" : r.untilDate() != null ? ", until " + r.untilDate() : "";
        return when + ", " + times + limit + target;
    }

    private static String every(SchedulingRule r, String unit) {
        if (r.interval() > 1) {
            return "Every " + r.interval() + " " + (unit.isEmpty() ? "weeks on" : unit + "s");
        }
        return unit.isEmpty() ? "Every" : "Every " + unit;
    }

    private static String yearlyDetail(SchedulingRule r) {
        if (r.byMonth() != null && r.byMonthDay() != null && r.byMonth().size() == 1 && r.byMonthDay().size() == 1) {
            return " on " + r.byMonthDay().get(0) + " " + Month.of(r.byMonth().get(0))
                    .getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        if (r.byMonth() != null) {
            return " in " + r.byMonth().stream().map(m -> Month.of(m).getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                    .collect(Collectors.joining(", "));
        }
        return "";
    }

    private static String monthlyDetail(SchedulingRule r) {
        if (r.byDay() != null && !r.byDay().isEmpty()) {
            return " on the " + days(r.byDay());
        }
        if (r.byMonthDay() != null) {
            return " on day " + r.byMonthDay().stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return "";
    }

    static String days(List<Day> days) {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        days.forEach(d -> set.add(d.dayOfWeek()));
        boolean plain = days.stream().allMatch(d -> d.offset() == 0);
        if (plain && set.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
            return "weekday";
        }
        if (plain && set.equals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))) {
            return "weekend day";
        }
        return days.stream().sorted(Comparator.comparing(Day::dayOfWeek))
                .map(d -> (d.offset() == 0 ? "" : RuleDialog.offsetLabel(d.offset()) + " ")
                        + d.dayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .distinct().collect(Collectors.joining(", "));
    }
}
