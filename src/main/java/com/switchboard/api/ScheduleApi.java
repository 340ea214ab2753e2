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

    /** The years a test-schedule moment may be in: those of .NET's {@code DateTime}, which the reference takes. */
    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;

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
        String text = request.dateTime.strip();
        OffsetDateTime withOffset = null;
        LocalDateTime local;
        try {
            withOffset = OffsetDateTime.parse(text);
            local = withOffset.toLocalDateTime();
        } catch (DateTimeParseException noOffset) {
            try {
                local = LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw ApiException.invalidField("InvalidFormat", "DateTime",
                        "'" + text + "' is not an ISO-8601 date-time like 2026-11-26T09:30:00-05:00");
            }
        }
        if (local.getYear() < MIN_YEAR || local.getYear() > MAX_YEAR) {
            throw ApiException.invalidField("InclusiveBetween", "DateTime", "'Date Time' must be in the years "
                    + MIN_YEAR + " to " + MAX_YEAR + ", as a .NET DateTime is; '" + text + "' is not.");
        }
        ScheduleState state = withOffset != null
                ? schedules.test(request.customerId, candidate, withOffset.toInstant())
                : schedules.test(request.customerId, candidate, local);
        TestScheduleResponse response = new TestScheduleResponse();
        response.stateName = state.stateName();
        response.timeZoneId = state.timeZoneId();
        return response;
    }
}
