package com.switchboard.customer;

import com.switchboard.customer.CustomerAccessPolicy.Action;
import com.switchboard.customer.CustomerChange.Channel;
import com.switchboard.security.CurrentUser;
import com.switchboard.security.SignedInUser;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** Flips one customer and answers it as it is now. */
    @Transactional
    public CustomerDetails setStaging(String id, boolean staging, Channel channel) {
        SignedInUser user = currentUser.require();
        flip(user, id, staging, channel);
        return reads.details(customers.findById(id).orElseThrow(() -> new CustomerNotFoundException(id)));
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
                if (Boolean.TRUE.equals(transactions.execute(status -> flip(user, id, staging, channel)))) {
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

    /** True when the flag changed. Counted as {@code switchboard.staging.flips} by channel and outcome. */
    private boolean flip(SignedInUser user, String id, boolean staging, Channel channel) {
        String outcome = "refused";
        try {
            Customer c = reads.visible(user, id);
            policy.require(user, Action.FLIP_STAGING, c);
            CustomerChangeLog.Entry entry = log.entry(c, user, channel);
            if (customers.updateStaging(id, staging, entry.at(), user.username()) != 1) {
                outcome = "unchanged";
                return false;
            }
            entry.field("isStaging", !staging, staging).write();
            outcome = "changed";
            return true;
        } finally {
            meters.counter("switchboard.staging.flips", "channel", channel.name().toLowerCase(Locale.ROOT),
                    "outcome", outcome).increment();
        }
    }
}
