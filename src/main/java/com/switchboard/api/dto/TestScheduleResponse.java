package com.switchboard.api.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The state a schedule gives, and the time zone it was read in. */
@DataContract(namespace = Namespaces.SCHEDULING)
@JsonPropertyOrder({"stateName", "timeZoneId"})
public class TestScheduleResponse {
    @ApiMember(description = "The state the schedule gives at that moment")
    public String stateName;
    @ApiMember(description = "The IANA time zone the schedule was read in")
    public String timeZoneId;
}
