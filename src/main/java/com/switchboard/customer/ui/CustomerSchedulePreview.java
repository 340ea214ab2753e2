package com.switchboard.customer.ui;

import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerDetails.Inherited;
import com.switchboard.customer.CustomerSchedules;
import com.switchboard.schedule.InheritedSchedule;
import com.switchboard.schedule.Schedule;
import com.switchboard.schedule.ScheduleState;
import com.switchboard.schedule.Transition;
import com.switchboard.schedule.ui.ScheduleEditor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** The schedule editor's preview answered for the customer shown, by the schedule service. */
final class CustomerSchedulePreview implements ScheduleEditor.Preview {

    private final transient CustomerSchedules schedules;
    private final transient Supplier<CustomerDetails> shown;

    CustomerSchedulePreview(CustomerSchedules schedules, Supplier<CustomerDetails> shown) {
        this.schedules = schedules;
        this.shown = shown;
    }

    ScheduleEditor editor(Clock clock) {
        return new ScheduleEditor(this, this::hasParent, () -> clock);
    }

    private boolean hasParent() {
        CustomerDetails details = shown.get();
        return details != null && details.customer().getParentCustomerId() != null;
    }

    @Override
    public ScheduleState stateAt(Schedule candidate, Instant at) {
        return schedules.test(shown.get().id(), candidate, at);
    }

    @Override
    public List<Transition> transitions(Schedule candidate, Instant from, Instant to) {
        return schedules.transitions(shown.get().id(), candidate, from, to);
    }

    @Override
    public InheritedSchedule inherited() {
        if (!hasParent()) {
            return InheritedSchedule.NONE;
        }
        Inherited<Schedule> inherited = schedules.inherited(shown.get().id());
        return new InheritedSchedule(inherited.value(), inherited.sourceName());
    }
}
