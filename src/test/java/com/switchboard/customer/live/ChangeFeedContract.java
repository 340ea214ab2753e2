package com.switchboard.customer.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.Demo;
import com.switchboard.base.domain.Channel;
import com.switchboard.customer.CustomerChanged;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.StagingService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the change feed promises on every database: a committed change reaches each subscriber once,
 * within the two seconds the views promise; a rolled-back one reaches nobody; cancelled subscriptions
 * hear nothing; one failing subscriber does not stop the others.
 */
abstract class ChangeFeedContract {

    static final long WITHIN_MILLIS = 2_000;
    static final long QUIET_MILLIS = 500;

    @Autowired CustomerChangeFeed feed;
    @Autowired StagingService staging;
    @Autowired CustomerDirectory directory;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired Demo demo;

    final List<Subscription> subscriptions = new ArrayList<>();
    String id;
    boolean before;

    @BeforeEach
    void signIn() {
        demo.signIn("manager");
        id = demo.id(Demo.OTHER_ACME);
        before = directory.get(id).customer().isStaging();
    }

    @AfterEach
    void putBack() {
        subscriptions.forEach(Subscription::cancel);
        demo.flipBack(id, before);
        demo.signOut();
    }

    BlockingQueue<CustomerChanged> subscribe() {
        BlockingQueue<CustomerChanged> heard = new LinkedBlockingQueue<>();
        subscriptions.add(feed.subscribe(heard::add));
        return heard;
    }

    BlockingQueue<CustomerChanged> subscribe(String customerId) {
        BlockingQueue<CustomerChanged> heard = new LinkedBlockingQueue<>();
        subscriptions.add(feed.subscribe(customerId, heard::add));
        return heard;
    }

    static CustomerChanged next(BlockingQueue<CustomerChanged> heard) throws InterruptedException {
        return heard.poll(WITHIN_MILLIS, TimeUnit.MILLISECONDS);
    }

    static CustomerChanged quiet(BlockingQueue<CustomerChanged> heard) throws InterruptedException {
        return heard.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Test
    void a_committed_flip_reaches_each_subscriber_once_with_who_and_what() throws Exception {
        BlockingQueue<CustomerChanged> all = subscribe();
        BlockingQueue<CustomerChanged> mine = subscribe(id);

        staging.setStaging(id, !before, Channel.API);

        CustomerChanged heard = next(all);
        assertThat(heard).isNotNull();
        assertThat(heard.customerId()).isEqualTo(id);
        assertThat(heard.accountId()).isEqualTo(demo.accountId("Acme Telecom"));
        assertThat(heard.changedBy()).isEqualTo("manager");
        assertThat(heard.channel()).isEqualTo(Channel.API);
        assertThat(heard.fields()).containsExactly("isStaging");
        assertThat(heard.at()).isNotNull();
        assertThat(next(mine)).isEqualTo(heard);
        assertThat(quiet(all)).as("a second delivery of the same change").isNull();
        assertThat(mine).isEmpty();
    }

    @Test
    void a_rolled_back_change_reaches_nobody() throws Exception {
        BlockingQueue<CustomerChanged> all = subscribe();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            staging.setStaging(id, !before, Channel.UI);
            status.setRollbackOnly();
        });

        assertThat(quiet(all)).isNull();
        assertThat(directory.get(id).customer().isStaging()).isEqualTo(before);
    }

    @Test
    void a_subscription_for_one_customer_does_not_hear_another() throws Exception {
        BlockingQueue<CustomerChanged> other = subscribe(demo.id(Demo.SIBLING_OF_OWN));
        BlockingQueue<CustomerChanged> all = subscribe();

        staging.setStaging(id, !before, Channel.API);

        assertThat(next(all)).isNotNull();
        assertThat(quiet(other)).isNull();
    }

    @Test
    void a_cancelled_subscription_hears_nothing_and_a_failing_one_does_not_stop_the_others() throws Exception {
        BlockingQueue<CustomerChanged> cancelled = subscribe();
        subscriptions.remove(subscriptions.size() - 1).cancel();
        subscriptions.add(feed.subscribe(change -> {
            throw new IllegalStateException("a subscriber that fails");
        }));
        BlockingQueue<CustomerChanged> after = subscribe();

        staging.setStaging(id, !before, Channel.API);

        assertThat(next(after)).isNotNull();
        assertThat(cancelled).isEmpty();
    }
}
