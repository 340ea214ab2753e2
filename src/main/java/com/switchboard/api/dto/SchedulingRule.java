package com.switchboard.api.dto;

import java.util.List;
import java.util.Map;

@DataContract(namespace = Namespaces.SCHEDULING)
public class SchedulingRule {
    public String id;
    public String name;
    public int priority;
    public String state;
    public String source;
    public String condition;
    public SimpleSchedulingRuleTypes simpleRuleType;
    public String customerState;
    public String flowId;
    public Map<String, Value> flowParams;
    public boolean isAllDay;
    /** ISO date, e.g. 2026-01-05. */
    public String startDate;
    /** 24-hour HH:mm. */
    public String startTime;
    /** 24-hour HH:mm. */
    public String endTime;
    public List<Integer> bySetPosition;
    public List<Integer> byMonth;
    public List<Integer> byWeekNo;
    public List<Integer> byYearDay;
    public List<Integer> byMonthDay;
    public List<ScheduleDay> byDay;
    public List<Integer> byHour;
    public List<Integer> byMinute;
    public int interval;
    public int count;
    /** ISO date, inclusive. */
    public String untilDate;
    public SchedulingRuleFrequency frequency;
}
