package com.switchboard.customer.live;

import com.switchboard.customer.CustomerChanged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Passes each customer change on once it is committed. On PostgreSQL the change is written to the
 * channel with {@code pg_notify} inside its own transaction, just before the commit: the database
 * delivers it to every listening instance (this one included) when, and only if, the transaction
 * commits. Elsewhere the change goes straight to this instance's feed after the commit. Either way a
 * subscriber hears each change once.
 */
@Component
class ChangeRelay {

    private final ChangeChannel channel;
    private final CustomerChangeFeed feed;
    private final JdbcTemplate jdbc;

    ChangeRelay(ChangeChannel channel, CustomerChangeFeed feed, JdbcTemplate jdbc) {
        this.channel = channel;
        this.feed = feed;
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void notifyOtherInstances(CustomerChanged change) {
        if (channel.crossesInstances()) {
            jdbc.queryForObject("SELECT pg_notify(?, ?)", Object.class, channel.name(), channel.encode(change));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void deliverHere(CustomerChanged change) {
        if (!channel.crossesInstances()) {
            feed.publish(change);
        }
    }
}
