package com.switchboard.customer;

import com.switchboard.base.domain.Channel;
import java.time.Instant;
import java.util.Set;

/**
 * A customer changed: published inside the transaction of the change, once per customer, with the
 * fields that changed ({@code "created"} and {@code "deleted"} for those two). Listen with
 * {@code @TransactionalEventListener} to hear only changes that were committed.
 */
public record CustomerChanged(String customerId, String accountId, String changedBy, Channel channel,
        Set<String> fields, Instant at) {

    public CustomerChanged {
        fields = Set.copyOf(fields);
    }

    public boolean deleted() {
        return fields.contains("deleted");
    }
}
