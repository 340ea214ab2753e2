package com.switchboard.customer;

import com.switchboard.base.domain.Channel;
import java.time.Instant;
import java.util.List;

/**
 * One change as the log lists it: every field one person changed at one instant through one channel
 * on one customer, or on one account ({@code customerId} null), in the History tab's words.
 *
 * @param id           {@code c<row id>} for a customer's change, {@code a<row id>} for an account's (the
 *                     first row of the change)
 * @param customerName the customer's name; for a deleted customer, the name it had
 * @param breadcrumb   the customer's ancestors root first, then the customer; empty when it is gone
 * @param description  "Field: before → after" for each changed field, joined with "; "
 */
public record LogEntry(String id, String accountId, String accountName, String customerId, String customerName,
        List<CustomerDetails.Crumb> breadcrumb, Instant at, String userName, Channel channel, String description) {}
