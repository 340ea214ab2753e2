package com.switchboard.schedule;

/**
 * The outcome of evaluating a schedule at a moment: the state, and the zone the schedule was read
 * in; both null when no schedule applies.
 */
public record ScheduleState(String stateName, String timeZoneId) {}
