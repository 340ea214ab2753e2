package com.switchboard.api.dto;

/** {@code GET /customers/{customerId}/inherited-schedule}: the schedule the customer would inherit. */
@DataContract(namespace = Namespaces.CUSTOMERS)
@ApiOperation(verb = "GET", routes = "/customers/{customerId}/inherited-schedule", response = Schedule.class,
        summary = "Gets the schedule a customer inherits from its ancestors")
public class GetInheritedSchedule {
    @ApiMember(description = "The ID of the customer", required = true)
    public String customerId;
}
