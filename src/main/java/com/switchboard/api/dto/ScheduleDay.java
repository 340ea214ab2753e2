package com.switchboard.api.dto;

@DataContract(namespace = Namespaces.SCHEDULING)
public class ScheduleDay {
    public int offset;
    public DayOfWeek dayOfWeek;
}
