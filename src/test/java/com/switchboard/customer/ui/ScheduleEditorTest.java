package com.switchboard.customer.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.Demo;
import com.switchboard.KaribuTest;
import com.switchboard.customer.Customer;
import com.switchboard.schedule.SchedulingRule;
import com.switchboard.schedule.SchedulingRule.RuleType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ScheduleEditorTest extends KaribuTest {

    private static final int SCHEDULE = 4;

    private CustomerView open(String customer) {
        signIn("manager");
        navigate("portal/customers/" + demo.id(customer));
        CustomerView view = _get(CustomerView.class);
        view.tabs.setSelectedIndex(SCHEDULE);
        return view;
    }

    @Test
    void an_inheriting_customer_shows_whose_schedule_it_follows() {
        CustomerView view = open(Demo.OWN);
        assertThat(view.schedule.inherit.getValue()).isTrue();
        assertThat(view.schedule.inheritedNote.getText()).startsWith("Inherits Acme Dental Group's schedule: "
                + "Every year on 25 December, all day → Holiday; Every weekday, 09:00–17:00 → Business Hours");
        view.schedule.when.setValue(LocalDateTime.of(2026, 11, 26, 10, 0));
        assertThat(view.schedule.stateAtWhen.getText()).isEqualTo("Business Hours");
    }

    @Test
    void a_rule_is_validated_described_added_reordered_previewed_and_saved() {
        CustomerView view = open("Delta Plumbing");
        ScheduleEditor editor = view.schedule;
        assertThat(editor.inherit.isVisible()).as("a top-level customer has nothing to inherit").isFalse();
        assertThat(editor.ruleList()).hasSize(2);
        editor.ruleList().forEach(r -> editor.move(r, 0));

        _click(editor.addRule);
        RuleDialog dialog = _get(RuleDialog.class);
        dialog.name.setValue("Lunch");
        dialog.state.setValue("Lunch Break");
        dialog.startDate.clear();
        dialog.weekdays.values().forEach(c -> c.setValue(false));
        for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
            dialog.weekdays.get(d).setValue(true);
        }
        dialog.startTime.setValue(LocalTime.of(12, 0));
        dialog.endTime.setValue(LocalTime.of(13, 0));
        assertThat(dialog.summary.getText()).isEqualTo("Every weekday, 12:00–13:00 → Lunch Break");
        _click(dialog.ok);
        assertThat(dialog.startDate.isInvalid()).isTrue();
        assertThat(dialog.startDate.getErrorMessage()).isEqualTo("A time rule needs a start date");
        dialog.months.setValue("13");
        dialog.startDate.setValue(LocalDate.of(2026, 1, 5));
        _click(dialog.ok);
        assertThat(dialog.months.isInvalid()).isTrue();
        dialog.months.setValue("");
        _click(dialog.ok);
        assertThat(editor.ruleList()).hasSize(3);

        editor.when.setValue(LocalDateTime.of(2026, 11, 26, 12, 30));
        assertThat(editor.stateAtWhen.getText()).as("the weekday rule comes first").isEqualTo("Business Hours");
        editor.move(editor.ruleList().get(2), -1);
        editor.move(editor.ruleList().get(1), -1);
        assertThat(editor.ruleList().get(0).state()).isEqualTo("Lunch Break");
        assertThat(editor.stateAtWhen.getText()).as("the preview follows the new order").isEqualTo("Lunch Break");
        assertThat(editor.timeline.getChildren().count()).isGreaterThan(7);
        assertThat(editor.stateNow.getText()).startsWith("Now: ");

        _click(view.save);
        Customer saved = demo.customer("Delta Plumbing");
        assertThat(saved.getSchedule().rules()).extracting(SchedulingRule::state)
                .containsExactly("Lunch Break", "Holiday", "Business Hours");
        assertThat(saved.getSchedule().rules()).extracting(SchedulingRule::priority).containsExactly(1, 2, 3);
    }

    @Test
    void an_invalid_schedule_is_not_saved_and_cancel_undoes() {
        CustomerView view = open(Demo.OWN);
        ScheduleEditor editor = view.schedule;
        _setValue(editor.inherit, false);
        assertThat(editor.stateNow.getText()).isEqualTo("Fix the schedule to see a preview");
        _click(view.save);
        assertThat(editor.zone.isInvalid()).isTrue();
        assertThat(demo.customer(Demo.OWN).getSchedule().inherit()).isTrue();

        editor.zone.setValue("Europe/Berlin");
        editor.defaultState.setValue("Closed");
        editor.addRule(new SchedulingRule("x", "always", 1, "Open", null, null, RuleType.ALWAYS, null, null, null,
                false, null, null, null, null, null, null, null, null, null, null, null, 0, 0, null, null));
        assertThat(editor.stateNow.getText()).isEqualTo("Now: Open");
        _click(view.cancel);
        assertThat(editor.inherit.getValue()).isTrue();
        assertThat(editor.ruleList()).isEmpty();
    }
}
