package com.switchboard.schedule.ui;

import com.switchboard.schedule.Schedule;
import com.switchboard.schedule.ScheduleValidation;
import com.switchboard.schedule.SchedulingRule;
import com.switchboard.schedule.Shadowing;
import com.switchboard.schedule.SchedulingRule.RuleType;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Edits one scheduling rule with every field and its priority, shows a plain-language summary and a
 * warning when an earlier rule fully shadows it while it is edited, marks each invalid field, and
 * hands a valid rule and its position back to its opener through a callback. How a time rule
 * repeats is edited by its {@link RecurrenceFields}.
 */
class RuleDialog extends Dialog {

    /** Hears the valid rule and the 0-based position among the other rules it goes to. */
    @FunctionalInterface
    interface OnOk {
        void accept(SchedulingRule rule, int position);
    }

    final TextField name = new TextField("Name");
    final ComboBox<String> state = StateBox.create("State");
    final Select<RuleType> type = new Select<>();
    final ComboBox<String> customerState = StateBox.create("Parent's state");
    final DatePicker startDate = new DatePicker("Start date");
    final Checkbox allDay = new Checkbox("All day");
    final TimePicker startTime = new TimePicker("From");
    final TimePicker endTime = new TimePicker("To");
    final RecurrenceFields recurrence;
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
        this.recurrence = new RecurrenceFields(rule);
        setHeaderTitle(rule == null ? "New rule" : "Edit rule");
        addClassName("rule-dialog");
        type.setLabel("Applies");
        type.setItems(RuleType.values());
        type.setItemLabelGenerator(t -> switch (t) {
            case TIME -> "At times";
            case ALWAYS -> "Always";
            case CUSTOMER_STATE -> "When the parent is in a state";
        });
        startTime.setStep(Duration.ofMinutes(15));
        endTime.setStep(Duration.ofMinutes(15));
        startTime.setLocale(RuleText.PICKER_LOCALE);
        endTime.setLocale(RuleText.PICKER_LOCALE);
        startDate.setLocale(RuleText.PICKER_LOCALE);
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
        summary.addClassName("rule-summary");
        shadowWarning.addClassNames("shadow-warning", LumoUtility.TextColor.WARNING_CONTRAST,
                LumoUtility.Background.WARNING_10, LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM);

        read(rule);
        RecurrenceFields r = recurrence;
        FormLayout form = new FormLayout(name, state, type, customerState, startDate, allDay, startTime, endTime,
                r.frequency, r.interval, r.weekdayOffset, r.months, r.monthDays, r.setPositions, r.count, r.until,
                priority);
        form.setColspan(name, 2);
        add(summary, shadowWarning, form, new Paragraph("On"), r.days);
        name.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        customerState.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        startDate.addValueChangeListener(e -> refresh());
        allDay.addValueChangeListener(e -> refresh());
        startTime.addValueChangeListener(e -> refresh());
        endTime.addValueChangeListener(e -> refresh());
        recurrence.onChange(this::refresh);
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
    }

    private void refresh() {
        boolean time = type.getValue() == RuleType.TIME;
        customerState.setVisible(type.getValue() == RuleType.CUSTOMER_STATE);
        startDate.setVisible(time);
        allDay.setVisible(time);
        startTime.setVisible(time && !allDay.getValue());
        endTime.setVisible(time && !allDay.getValue());
        recurrence.show(time);
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
        List<HasValidation> fields = new ArrayList<>(List.of(name, state, customerState, startDate, startTime,
                endTime));
        fields.addAll(recurrence.validatable());
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
                default -> recurrence.fieldFor(field);
            };
            target.setErrorMessage(problem.message());
            target.setInvalid(true);
        }
        return problems.isEmpty() ? rule : null;
    }

    private SchedulingRule build(boolean mark) {
        RuleType kind = type.getValue();
        boolean time = kind == RuleType.TIME;
        RecurrenceFields.Parts r = recurrence.parts(time, mark);
        if (r == null) {
            return null;
        }
        return new SchedulingRule(id, name.getValue().isBlank() ? null : name.getValue().strip(), position() + 1,
                state.getValue(), original == null ? null : original.source(),
                original == null ? null : original.condition(), kind,
                kind == RuleType.CUSTOMER_STATE ? customerState.getValue() : null,
                original == null ? null : original.flowId(), original == null ? null : original.flowParams(),
                time && allDay.getValue(), time ? startDate.getValue() : null,
                time && !allDay.getValue() ? startTime.getValue() : null,
                time && !allDay.getValue() ? endTime.getValue() : null, r.bySetPosition(), r.byMonth(), r.byWeekNo(),
                r.byYearDay(), r.byMonthDay(), r.byDay(), r.byHour(), r.byMinute(), r.interval(), r.count(), r.until(),
                r.frequency());
    }
}
