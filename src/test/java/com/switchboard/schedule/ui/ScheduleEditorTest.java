package com.switchboard.schedule.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.Demo;
import com.switchboard.KaribuTest;
import com.switchboard.customer.Customer;
import com.switchboard.schedule.SchedulingRule;
import com.switchboard.schedule.SchedulingRule.RuleType;
import com.vaadin.flow.component.button.Button;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ScheduleEditorTest extends KaribuTest {

    @Autowired Clock clock;

    private ScheduleEditor open(String customer) {
        signIn("manager");
        navigate("portal/customers/" + demo.id(customer) + "/schedule");
        return _get(ScheduleEditor.class);
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    @Test
    void an_inheriting_customer_shows_whose_schedule_it_follows() {
        ScheduleEditor editor = open(Demo.OWN);
        assertThat(editor.inherit.getValue()).isTrue();
        assertThat(editor.inheritedNote.getText()).startsWith("Inherits Acme Dental Group's schedule: "
                + "Every year on 25 December, all day → Holiday; Every weekday, 09:00–17:00 → Business Hours");
        editor.preview.when.setValue(LocalDateTime.of(2026, 11, 26, 10, 0));
        assertThat(editor.preview.stateAtWhen.getText()).isEqualTo("Business Hours");
    }

    @Test
    void a_rule_is_validated_described_added_reordered_previewed_and_saved() {
        ScheduleEditor editor = open("Delta Plumbing");
        assertThat(editor.inherit.isVisible()).as("a top-level customer has nothing to inherit").isFalse();
        assertThat(editor.ruleList()).hasSize(2);

        _click(editor.addRule);
        RuleDialog dialog = _get(RuleDialog.class);
        assertThat(dialog.startTime.getLocale()).as("24-hour pickers").isEqualTo(Locale.UK);
        dialog.name.setValue("Lunch");
        dialog.state.setValue("Lunch Break");
        dialog.startDate.clear();
        dialog.recurrence.weekdays.values().forEach(c -> c.setValue(false));
        for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
            dialog.recurrence.weekdays.get(d).setValue(true);
        }
        dialog.startTime.setValue(LocalTime.of(12, 0));
        dialog.endTime.setValue(LocalTime.of(13, 0));
        assertThat(dialog.summary.getText()).isEqualTo("Every weekday, 12:00–13:00 → Lunch Break");
        _click(dialog.ok);
        assertThat(dialog.startDate.isInvalid()).isTrue();
        assertThat(dialog.startDate.getErrorMessage()).isEqualTo("A time rule needs a start date");
        dialog.recurrence.months.setValue("13");
        dialog.startDate.setValue(LocalDate.of(2026, 1, 5));
        _click(dialog.ok);
        assertThat(dialog.recurrence.months.isInvalid()).isTrue();
        dialog.recurrence.months.setValue("");
        _click(dialog.ok);
        assertThat(editor.ruleList()).hasSize(3);
        assertThat(editor.ruleList().get(1).name()).as("before the weekday rule, which would hide it")
                .isEqualTo("Lunch");

        editor.preview.when.setValue(LocalDateTime.of(2026, 11, 26, 12, 30));
        assertThat(editor.preview.stateAtWhen.getText()).isEqualTo("Lunch Break");
        editor.move(editor.ruleList().get(1), 1);
        assertThat(editor.preview.stateAtWhen.getText()).as("the weekday rule comes first").isEqualTo("Business Hours");
        editor.move(editor.ruleList().get(2), -1);
        editor.move(editor.ruleList().get(1), -1);
        assertThat(editor.ruleList().get(0).state()).isEqualTo("Lunch Break");
        assertThat(editor.preview.stateAtWhen.getText()).as("the preview follows the new order").isEqualTo("Lunch Break");
        assertThat(editor.preview.timeline.getChildren().count()).isGreaterThan(1);
        assertThat(editor.preview.days.getChildren().count()).isEqualTo(7);
        assertThat(editor.preview.legend.getChildren().map(c -> c.getElement().getAttribute("data-state")))
                .contains("Business Hours", "Lunch Break");
        assertThat(editor.preview.stateNow.getText()).startsWith("Now: ");

        _click(button("Save"));
        Customer saved = demo.customer("Delta Plumbing");
        assertThat(saved.getSchedule().rules()).extracting(SchedulingRule::state)
                .containsExactly("Lunch Break", "Holiday", "Business Hours");
        assertThat(saved.getSchedule().rules()).extracting(SchedulingRule::priority).containsExactly(1, 2, 3);
    }

    @Test
    void a_new_rule_goes_where_it_takes_effect_and_a_shadowed_rule_is_warned_about() {
        ScheduleEditor editor = open("Delta Plumbing");
        SchedulingRule business = editor.ruleList().stream().filter(r -> "Business Hours".equals(r.state()))
                .findFirst().orElseThrow();
        SchedulingRule open = withState(business, "Open");

        editor.addRule(open);
        List<SchedulingRule> rules = editor.ruleList();
        assertThat(rules.indexOf(open)).as("before the rule that would hide it").isLessThan(rules.indexOf(business));
        assertThat(editor.shadowedBy(rules.indexOf(open))).isEmpty();
        assertThat(editor.shadowedBy(rules.indexOf(business))).contains(open);

        editor.move(open, 1);
        rules = editor.ruleList();
        assertThat(editor.shadowedBy(rules.indexOf(open))).contains(business);

        List<SchedulingRule> others = new ArrayList<>(rules);
        others.remove(open);
        RuleDialog dialog = new RuleDialog(open, others, rules.indexOf(open), (rule, position) -> { });
        assertThat(dialog.shadowWarning.isVisible()).isTrue();
        assertThat(dialog.shadowWarning.getText()).startsWith("This rule never applies at priority " + (rules.indexOf(open) + 1) + ": "
                + RuleText.title(business, rules.indexOf(business) + 1));
        dialog.priority.setValue(1);
        assertThat(dialog.shadowWarning.isVisible()).as("first in line, it takes effect").isFalse();
    }

    @Test
    void an_invalid_schedule_is_not_saved_and_cancel_undoes() {
        ScheduleEditor editor = open(Demo.OWN);
        _setValue(editor.inherit, false);
        assertThat(editor.preview.stateNow.getText()).isEqualTo("Fix the schedule to see a preview");
        _click(button("Save"));
        assertThat(editor.zone.isInvalid()).isTrue();
        assertThat(demo.customer(Demo.OWN).getSchedule().inherit()).isTrue();

        editor.zone.setValue("Europe/Berlin");
        editor.defaultState.setValue("Closed");
        editor.addRule(new SchedulingRule("x", "always", 1, "Open", null, null, RuleType.ALWAYS, null, null, null,
                false, null, null, null, null, null, null, null, null, null, null, null, 0, 0, null, null));
        assertThat(editor.preview.stateNow.getText()).isEqualTo("Now: Open");
        _click(button("Cancel"));
        assertThat(editor.inherit.getValue()).isTrue();
        assertThat(editor.ruleList()).isEmpty();
    }

    /** The text of the rule list's row {@code row}: title, words, and any warning. */
    private static String listed(ScheduleEditor editor, int row) {
        return _getCellComponent(editor.rules, row, "rule").getElement().getTextRecursively();
    }

    @Test
    void the_list_shows_a_start_date_when_it_matters_and_warns_about_a_later_starting_twin() {
        ScheduleEditor editor = open("Delta Plumbing");
        SchedulingRule business = editor.ruleList().stream().filter(r -> "Business Hours".equals(r.state()))
                .findFirst().orElseThrow();
        int row = editor.ruleList().indexOf(business);
        assertThat(listed(editor, row)).as("one such rule, started long ago: no date")
                .isEqualTo("WeekdaysEvery weekday, 09:00–17:00 → Business Hours");

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of(editor.zone.getValue()));
        SchedulingRule twin = startingOn(business, "Weekdays again", LocalDate.of(2026, 3, 2));
        editor.addRule(twin);
        assertThat(editor.ruleList().indexOf(twin)).as("placed where it takes effect")
                .isLessThan(editor.ruleList().indexOf(business));
        editor.move(twin, 1);
        List<SchedulingRule> rules = editor.ruleList();
        assertThat(rules.indexOf(twin)).isEqualTo(rules.indexOf(business) + 1);
        assertThat(listed(editor, rules.indexOf(business)))
                .isEqualTo("WeekdaysEvery weekday, 09:00–17:00, from " + business.startDate() + " → Business Hours");
        assertThat(listed(editor, rules.indexOf(twin))).isEqualTo("Weekdays againEvery weekday, 09:00–17:00, from "
                + "2026-03-02 → Business Hours Never applies: Weekdays comes first and covers it");

        SchedulingRule future = startingOn(withState(business, "Trial Desk"), "Trial", today.plusDays(1));
        editor.addRule(future);
        assertThat(listed(editor, editor.ruleList().indexOf(future))).as("it does not apply yet")
                .isEqualTo("TrialEvery weekday, 09:00–17:00, from " + today.plusDays(1) + " → Trial Desk");
        SchedulingRule started = startingOn(withState(business, "Early Desk"), "Early", today);
        editor.addRule(started);
        assertThat(listed(editor, editor.ruleList().indexOf(started))).as("it applies from today")
                .isEqualTo("EarlyEvery weekday, 09:00–17:00 → Early Desk");
    }

    private static SchedulingRule startingOn(SchedulingRule r, String name, LocalDate start) {
        return new SchedulingRule(name, name, r.priority(), r.state(), r.source(), r.condition(), r.simpleRuleType(),
                r.customerState(), r.flowId(), r.flowParams(), r.isAllDay(), start, r.startTime(), r.endTime(),
                r.bySetPosition(), r.byMonth(), r.byWeekNo(), r.byYearDay(), r.byMonthDay(), r.byDay(), r.byHour(),
                r.byMinute(), r.interval(), r.count(), r.untilDate(), r.frequency());
    }

    private static SchedulingRule withState(SchedulingRule r, String state) {
        return new SchedulingRule("open-rule", "Open all day", r.priority(), state, r.source(), r.condition(),
                r.simpleRuleType(), r.customerState(), r.flowId(), r.flowParams(), r.isAllDay(), r.startDate(),
                r.startTime(), r.endTime(), r.bySetPosition(), r.byMonth(), r.byWeekNo(), r.byYearDay(),
                r.byMonthDay(), r.byDay(), r.byHour(), r.byMinute(), r.interval(), r.count(), r.untilDate(),
                r.frequency());
    }
}
