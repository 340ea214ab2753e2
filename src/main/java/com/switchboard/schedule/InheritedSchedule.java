package com.switchboard.schedule;

/**
 * The schedule a customer would inherit and whose it is; both null when no ancestor has one.
 *
 * @param schedule   the ancestor's schedule
 * @param sourceName the name of the ancestor that holds it
 */
public record InheritedSchedule(Schedule schedule, String sourceName) {

    public static final InheritedSchedule NONE = new InheritedSchedule(null, null);
}
