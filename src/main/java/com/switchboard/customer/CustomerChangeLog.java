package com.switchboard.customer;

import com.switchboard.base.domain.Channel;
import com.switchboard.security.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The history of the customers: every change is written here, in the transaction of the change,
 * one row per field, and announced as a {@link CustomerChanged} event.
 */
@Component
class CustomerChangeLog {

    private final CustomerChangeRepository changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerChangeLog(CustomerChangeRepository changes, ApplicationEventPublisher events, Clock clock) {
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    /** The instant a change made now is stamped with. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Starts the record of one change of {@code customer} (as read for the change) by {@code user},
     * stamped now, or at its last modification when that is later (another instance's clock, or a change
     * that took its time after reading the clock), so that a customer's stamps never go backwards.
     */
    Entry entry(Customer customer, SignedInUser user, Channel channel) {
        return entry(customer, user, channel, stampAfter(customer));
    }

    /** Starts the record of one change of {@code customer} by {@code user}, stamped {@code at}. */
    Entry entry(Customer customer, SignedInUser user, Channel channel, Instant at) {
        return new Entry(customer.getId(), customer.getAccountId(), user.username(), channel, at);
    }

    /** Now, or the customer's last modification when that is later. */
    Instant stampAfter(Customer customer) {
        Instant now = now();
        Instant last = customer.getDateLastModified();
        return last != null && last.isAfter(now) ? last : now;
    }

    /** The fields one change of one customer changed; {@link #write()} keeps them. */
    final class Entry {
        private final String customerId;
        private final String accountId;
        private final String changedBy;
        private final Channel channel;
        private final Instant at;
        private final List<CustomerChange> rows = new ArrayList<>();

        private Entry(String customerId, String accountId, String changedBy, Channel channel, Instant at) {
            this.customerId = customerId;
            this.accountId = accountId;
            this.changedBy = changedBy;
            this.channel = channel;
            this.at = at;
        }

        Instant at() {
            return at;
        }

        Entry field(String field, Object oldValue, Object newValue) {
            rows.add(CustomerChange.of(customerId, accountId, at, changedBy, channel, field, oldValue, newValue,
                    rows.isEmpty()));
            return this;
        }

        boolean isEmpty() {
            return rows.isEmpty();
        }

        /** Saves the rows and announces the change; nothing when no field changed. */
        void write() {
            if (rows.isEmpty()) {
                return;
            }
            changes.saveAll(rows);
            Set<String> fields = new LinkedHashSet<>();
            rows.forEach(r -> fields.add(r.field()));
            events.publishEvent(new CustomerChanged(customerId, accountId, changedBy, channel, fields, at));
        }
    }
}
