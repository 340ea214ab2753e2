package com.switchboard.schedule.ui;

import com.switchboard.schedule.InheritedSchedule;
import com.switchboard.schedule.Schedule;
import com.switchboard.schedule.ScheduleState;
import com.switchboard.schedule.ScheduleValidation;
import com.switchboard.schedule.SchedulingRule;
import com.switchboard.schedule.Shadowing;
import com.switchboard.schedule.Transition;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Edits a customer's schedule: time zone, inherit, force-closed, default state and the rules in
 * priority order, with a live preview of the unsaved edit. A rule that an earlier one fully shadows
 * (see {@link Shadowing}) is marked in the list. The preview asks its opener, which owns the service.
 */
public class ScheduleEditor extends CustomField<Schedule> {

    /** What the preview needs from the opener. */
    public interface Preview {
        ScheduleState stateAt(Schedule candidate, Instant at);

        List<Transition> transitions(Schedule candidate, Instant from, Instant to);

        InheritedSchedule inherited();
    }

    final ComboBox<String> zone = new ComboBox<>("Time zone");
    final Checkbox inherit = new Checkbox("Inherit the parent's schedule");
    final Checkbox forceClosed = new Checkbox("Force closed");
    final ComboBox<String> defaultState = StateBox.create("Default state");
    final Span inheritedNote = new Span();
    final Grid<SchedulingRule> rules = new Grid<>();
    final Button addRule = new Button("Add rule", VaadinIcon.PLUS.create());
    final Span problem = new Span();
    final SchedulePreview preview;
    private final List<SchedulingRule> ruleList = new ArrayList<>();
    private boolean presentedNothing;
    private final VerticalLayout own = new VerticalLayout();
    private final transient Preview source;
    private final transient BooleanSupplier hasParent;
    private final transient Supplier<Clock> clock;

    public ScheduleEditor(Preview source, BooleanSupplier hasParent, Supplier<Clock> clock) {
        this.source = source;
        this.hasParent = hasParent;
        this.clock = clock;
        this.preview = new SchedulePreview(source, clock);
        addClassName("schedule-editor");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        inheritedNote.addClassName("inherited-note");
        problem.addClassName("schedule-problem");
        rules.addColumn(r -> ruleList.indexOf(r) + 1).setHeader("#").setWidth("3rem").setFlexGrow(0);
        rules.addComponentColumn(this::ruleCell).setHeader("Rule").setKey("rule").setFlexGrow(1);
        rules.addComponentColumn(this::ruleActions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        rules.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        rules.setAllRowsVisible(true);
        rules.addClassName("schedule-rules");
        addRule.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addRule.addClickListener(e -> openDialog(null));

        zone.addValueChangeListener(e -> changed());
        inherit.addValueChangeListener(e -> changed());
        forceClosed.addValueChangeListener(e -> changed());
        defaultState.addValueChangeListener(e -> changed());

        FlexLayout header = new FlexLayout(zone, defaultState, forceClosed);
        header.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName(LumoUtility.Gap.MEDIUM);
        own.setPadding(false);
        own.add(header, new H3("Rules, first match wins"), rules, addRule);
        VerticalLayout body = new VerticalLayout(inherit, inheritedNote, problem, own, preview);
        body.setPadding(false);
        add(body);
    }

    /** The rules in order; a copy. */
    List<SchedulingRule> ruleList() {
        return List.copyOf(ruleList);
    }

    /** The rule that fully shadows the rule at {@code index}, if any. */
    Optional<SchedulingRule> shadowedBy(int index) {
        return Shadowing.shadowedBy(ruleList, index);
    }

    private Component ruleCell(SchedulingRule rule) {
        int index = ruleList.indexOf(rule);
        Span name = new Span(RuleText.title(rule, index + 1));
        name.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        Div cell = new Div(name, new Div(new Span(RuleText.inList(rule, ruleList, RuleText.today(clock.get(), zone.getValue())))));
        cell.addClassName("rule-cell");
        shadowedBy(index).ifPresent(earlier -> {
            Span warning = new Span(VaadinIcon.WARNING.create(), new Span(" Never applies: "
                    + RuleText.title(earlier, ruleList.indexOf(earlier) + 1) + " comes first and covers it"));
            warning.addClassNames("shadow-warning", LumoUtility.TextColor.WARNING_CONTRAST,
                    LumoUtility.Background.WARNING_10, LumoUtility.FontSize.SMALL, LumoUtility.Padding.XSMALL,
                    LumoUtility.BorderRadius.SMALL);
            cell.add(new Div(warning));
        });
        return cell;
    }

    private HorizontalLayout ruleActions(SchedulingRule rule) {
        int index = ruleList.indexOf(rule);
        String title = RuleText.title(rule, index + 1);
        Button up = icon(VaadinIcon.ARROW_UP, "Move " + title + " up", () -> move(rule, -1));
        Button down = icon(VaadinIcon.ARROW_DOWN, "Move " + title + " down", () -> move(rule, 1));
        Button edit = icon(VaadinIcon.EDIT, "Edit " + title, () -> openDialog(rule));
        Button duplicate = icon(VaadinIcon.COPY_O, "Duplicate " + title, () -> {
            ruleList.add(ruleList.indexOf(rule) + 1, copy(rule));
            rulesChanged();
        });
        Button delete = icon(VaadinIcon.TRASH, "Delete " + title, () -> {
            ruleList.remove(rule);
            rulesChanged();
        });
        up.setEnabled(index > 0);
        down.setEnabled(index < ruleList.size() - 1);
        HorizontalLayout actions = new HorizontalLayout(up, down, edit, duplicate, delete);
        actions.setSpacing(false);
        return actions;
    }

    /** Opens the rule dialog for a new rule (null) or an existing one; it reports back through the callback. */
    private void openDialog(SchedulingRule rule) {
        List<SchedulingRule> others = new ArrayList<>(ruleList);
        int index = rule == null ? -1 : others.indexOf(rule);
        if (rule != null) {
            others.remove(index);
        }
        new RuleDialog(rule, others, index, (built, position) -> {
            ruleList.clear();
            ruleList.addAll(others);
            ruleList.add(Math.max(0, Math.min(position, ruleList.size())), built);
            rulesChanged();
        }).open();
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

    /** Adds a rule where it takes effect: before the first rule that would shadow it. */
    void addRule(SchedulingRule rule) {
        ruleList.add(Shadowing.placement(ruleList, rule), rule);
        rulesChanged();
    }

    private static SchedulingRule copy(SchedulingRule r) {
        return withPriority(r, UUID.randomUUID().toString(), r.priority());
    }

    static SchedulingRule withPriority(SchedulingRule r, String id, int priority) {
        return new SchedulingRule(id, r.name(), priority, r.state(), r.source(), r.condition(), r.simpleRuleType(),
                r.customerState(), r.flowId(), r.flowParams(), r.isAllDay(), r.startDate(), r.startTime(), r.endTime(),
                r.bySetPosition(), r.byMonth(), r.byWeekNo(), r.byYearDay(), r.byMonthDay(), r.byDay(), r.byHour(),
                r.byMinute(), r.interval(), r.count(), r.untilDate(), r.frequency());
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
            prioritised.add(withPriority(ruleList.get(i), ruleList.get(i).id(), i + 1));
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
    public void present(Schedule schedule) {
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
    public String problem() {
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

    void refreshPreview() {
        Schedule candidate = generateModelValue();
        if (inherit.getValue()) {
            InheritedSchedule inherited = source.inherited();
            inheritedNote.setText(inherited.schedule() == null ? "No ancestor has a schedule"
                    : "Inherits " + inherited.sourceName() + "'s schedule: "
                    + inherited.schedule().rules().stream().map(RuleText::describe).collect(Collectors.joining("; "))
                    + (inherited.schedule().defaultState() == null ? ""
                            : "; otherwise " + inherited.schedule().defaultState()));
        } else {
            inheritedNote.setText("");
        }
        List<ScheduleValidation.Problem> problems = ScheduleValidation.problems(candidate, hasParent.getAsBoolean());
        String first = problems.isEmpty() ? null : problems.get(0).message();
        problem.setText(first == null ? "" : first);
        preview.show(candidate, first);
    }
}
