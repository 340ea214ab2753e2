package com.switchboard.api;

import com.switchboard.api.dto.GetInheritedSchedule;
import com.switchboard.api.dto.TestSchedule;
import com.switchboard.api.dto.TestScheduleResponse;
import com.switchboard.customer.CustomerSchedules;
import com.switchboard.schedule.Schedule;
import com.switchboard.schedule.ScheduleState;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** A customer's schedule: the one it inherits, and the state a schedule gives at a moment. */
@ApiService
class ScheduleApi {

    private final CustomerSchedules schedules;

    ScheduleApi(CustomerSchedules schedules) {
        this.schedules = schedules;
    }

    com.switchboard.api.dto.Schedule inheritedSchedule(GetInheritedSchedule request) {
        Schedule inherited = schedules.inherited(request.customerId).value();
        return inherited == null ? new com.switchboard.api.dto.Schedule() : CustomerInfoMapper.schedule(inherited);
    }

    TestScheduleResponse testSchedule(TestSchedule request) {
        if (request.dateTime == null || request.dateTime.isBlank()) {
            throw ApiException.invalidField("NotEmpty", "DateTime", "'Date Time' must not be empty.");
        }
        Schedule candidate = ScheduleMapper.fromDto(request.schedule);
        ScheduleState state;
        String text = request.dateTime.strip();
        try {
            state = schedules.test(request.customerId, candidate, OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                state = schedules.test(request.customerId, candidate, LocalDateTime.parse(text));
            } catch (DateTimeParseException e) {
                throw ApiException.invalidField("InvalidFormat", "DateTime",
                        "'" + text + "' is not an ISO-8601 date-time like 2026-11-26T09:30:00-05:00");
            }
        }
        TestScheduleResponse response = new TestScheduleResponse();
        response.stateName = state.stateName();
        response.timeZoneId = state.timeZoneId();
        return response;
    }
}
