package com.switchboard.api.dto;

import java.util.List;

@DataContract(namespace = Namespaces.SCHEDULING)
public class Schedule {
    public String timeZoneId;
    public boolean inherit;
    public boolean forceClosed;
    public List<SchedulingRule> rules;
    public String defaultState;
}
