package com.switchboard.api.dto;

/**
 * {@code POST /customers/{customerId}/test-schedule}: the state of a schedule (the given one, unsaved,
 * in the customer's place; else the saved one) at {@code dateTime} (ISO-8601; without an offset it is
 * local to the schedule's time zone).
 */
@DataContract(namespace = Namespaces.CUSTOMERS)
public class TestSchedule {
    public String customerId;
    public Schedule schedule;
    public String dateTime;
}
