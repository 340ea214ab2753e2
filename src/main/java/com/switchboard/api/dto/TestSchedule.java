package com.switchboard.api.dto;

/**
 * {@code POST /customers/{customerId}/test-schedule}: the state of a schedule (the given one, unsaved,
 * in the customer's place; else the saved one) at {@code dateTime} (ISO-8601; without an offset it is
 * local to the schedule's time zone).
 */
@DataContract(namespace = Namespaces.CUSTOMERS)
@ApiOperation(verb = "POST", routes = "/customers/{customerId}/test-schedule", response = TestScheduleResponse.class,
        summary = "Evaluates a schedule (the given one, else the saved one) at a moment, in the customer's place")
public class TestSchedule {
    @ApiMember(description = "The ID of the customer", required = true)
    public String customerId;
    @ApiMember(description = "The schedule to test (null: the customer's saved schedule)")
    public Schedule schedule;
    @ApiMember(description = "The moment, ISO-8601; without an offset it is local to the schedule's time zone", required = true)
    public String dateTime;
}
