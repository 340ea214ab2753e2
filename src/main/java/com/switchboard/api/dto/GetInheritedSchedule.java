package com.switchboard.api.dto;

/** {@code GET /customers/{customerId}/inherited-schedule}: the schedule the customer would inherit. */
@DataContract(namespace = Namespaces.CUSTOMERS)
public class GetInheritedSchedule {
    public String customerId;
}
