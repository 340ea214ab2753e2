package com.switchboard.api.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The state a schedule gives, and the time zone it was read in. */
@DataContract(namespace = Namespaces.SCHEDULING)
@JsonPropertyOrder({"stateName", "timeZoneId"})
public class TestScheduleResponse {
    public String stateName;
    public String timeZoneId;
}
