package com.switchboard.customer;

import com.switchboard.customer.CustomerAccessPolicy.Action;
import com.switchboard.base.domain.Channel;
import com.switchboard.security.CurrentUser;
import com.switchboard.security.SignedInUser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staging switch: routes a customer's phone numbers to the staging server (true) or to
 * production (false). A flip is one atomic statement that bumps the version and stamps the
 * modification; a flip that changed the flag writes one history entry. Setting the value it already
 * has changes nothing.
 */
@Service
public class StagingService {

    private final CustomerRepository customers;
    private final CustomerAccessPolicy policy;
    private final CustomerReads reads;
    private final CustomerChangeLog log;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    /** The flip counters by channel and outcome, looked up once. */
    private final Map<String, Counter> flips = new ConcurrentHashMap<>();

    StagingService(CustomerRepository customers, CustomerAccessPolicy policy, CustomerReads reads,
            CustomerChangeLog log, CurrentUser currentUser, PlatformTransactionManager transactionManager,
            MeterRegistry meters) {
        this.meters = meters;
        this.customers = customers;
        this.policy = policy;
        this.reads = reads;
        this.log = log;
        this.currentUser = currentUser;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Flips one customer and answers it as this request left it: as read, when the flag already had
     * the value; else as its own transaction stored it, read under the row lock that the change holds
     * until it commits, so that no concurrent flip can come between the change and its answer.
     */
    @Transactional
    public CustomerDetails setStaging(String id, boolean staging, Channel channel) {
        SignedInUser user = currentUser.require();
        Flip flip = flip(user, id, staging, channel);
        return reads.details(flip.current());
    }

    /**
     * Flips many customers, each in a transaction of its own so that one refusal does not undo the
     * others; {@code progress} hears how many are done after each one.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkResult setStagingMany(List<String> ids, boolean staging, Channel channel, IntConsumer progress) {
        SignedInUser user = currentUser.require();
        int changed = 0;
        int unchanged = 0;
        List<BulkResult.Refusal> refused = new ArrayList<>();
        int done = 0;
        for (String id : ids) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> flip(user, id, staging, channel).changed()))) {
                    changed++;
                } else {
                    unchanged++;
                }
            } catch (CustomerNotFoundException e) {
                refused.add(new BulkResult.Refusal(id, "Not found"));
            } catch (AccessDeniedException e) {
                refused.add(new BulkResult.Refusal(id, e.getMessage()));
            }
            progress.accept(++done);
        }
        return new BulkResult(changed, unchanged, refused);
    }

    /** Whether a flip changed the flag, and the customer as the flip left it. */
    private record Flip(boolean changed, Customer current) {}

    /**
     * Flips one customer. One read with the value already set leaves it alone (no statement, no
     * history); otherwise the update, which only changes a flag that differs, decides, so a
     * concurrent flip to the same value since the read counts once. Either way the customer is read
     * again under its row lock (the update's, or one taken when the update found the value already
     * set); when a concurrent request has flipped it back in between, the update is tried again, now
     * under the lock.
     * The stamp is the later of now and the previous one, so it never goes backwards. Counted as
     * {@code switchboard.staging.flips} by channel and outcome.
     */
    private Flip flip(SignedInUser user, String id, boolean staging, Channel channel) {
        String outcome = "refused";
        try {
            Customer c = reads.visible(user, id);
            policy.require(user, Action.FLIP_STAGING, c);
            if (c.isStaging() == staging) {
                outcome = "unchanged";
                return new Flip(false, c);
            }
            while (true) {
                Instant at = log.stampAfter(c);
                if (customers.updateStaging(id, staging, at, user.username()) == 1) {
                    Customer stored = reads.current(id); // the update holds the row lock
                    log.entry(stored, user, channel, stored.getDateLastModified())
                            .field("isStaging", !staging, staging).write();
                    outcome = "changed";
                    return new Flip(true, stored);
                }
                c = reads.locked(id);
                if (c.isStaging() == staging) {
                    outcome = "unchanged";
                    return new Flip(false, c);
                }
            }
        } finally {
            String counted = outcome;
            flips.computeIfAbsent(channel.name() + '/' + outcome, key -> meters.counter("switchboard.staging.flips",
                    "channel", channel.name().toLowerCase(Locale.ROOT), "outcome", counted)).increment();
        }
    }
}
