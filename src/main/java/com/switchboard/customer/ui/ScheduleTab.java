package com.switchboard.customer.ui;

import com.switchboard.schedule.ui.ScheduleEditor;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;

/** The customer's schedule, edited with a live preview. */
class ScheduleTab extends CustomerTab {

    final ScheduleEditor schedule;

    ScheduleTab(Binder<CustomerForm> binder, ScheduleEditor editor) {
        this.schedule = editor;
        binder.forField(schedule).withValidator((value, context) -> {
            String problem = schedule.problem();
            return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
        }).bind(f -> f.schedule, (f, v) -> f.schedule = v);
        wide(schedule);
    }

    @Override
    String key() {
        return "schedule";
    }

    @Override
    String label() {
        return "Schedule";
    }
}
