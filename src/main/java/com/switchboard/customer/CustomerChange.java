package com.switchboard.customer;

import com.switchboard.base.domain.Channel;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One changed field of a customer: who changed it, when, through which channel, from what to what.
 * Written in the transaction of the change itself, with the customer's account (so that an account's
 * log is found without the customer, which may be gone).
 */
@Table("customer_change")
public record CustomerChange(@Id Long id, String customerId, String accountId, Instant changedAt, String changedBy,
        Channel channel, String field, String oldValue, String newValue, boolean firstOfChange) {

    /** A row of a change; {@code first} for the first row, which stands for the change in the log. */
    public static CustomerChange of(String customerId, String accountId, Instant at, String by, Channel channel,
            String field, Object oldValue, Object newValue, boolean first) {
        return new CustomerChange(null, customerId, accountId, at, by, channel, field, text(oldValue), text(newValue),
                first);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
