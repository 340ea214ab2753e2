package com.switchboard.customer.live;

import com.switchboard.customer.CustomerChanged;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The committed changes of customers, as this instance hears them: every change made on any
 * instance reaches each subscriber here once, in commit order, on a thread of the feed (never the
 * thread that made the change). A subscriber that throws is logged and keeps its subscription.
 * Subscribers are told only that a customer changed; what they show they read through the services,
 * whose access checks apply.
 */
@Component
public class CustomerChangeFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CustomerChangeFeed.class);

    private final List<Consumer<CustomerChanged>> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "customer-change-feed");
        thread.setDaemon(true);
        return thread;
    });

    /** Hears every committed change of every customer. */
    public Subscription subscribe(Consumer<CustomerChanged> subscriber) {
        Consumer<CustomerChanged> entry = subscriber::accept;
        subscribers.add(entry);
        return () -> subscribers.remove(entry);
    }

    /** Hears the committed changes of one customer. */
    public Subscription subscribe(String customerId, Consumer<CustomerChanged> subscriber) {
        return subscribe(change -> {
            if (change.customerId().equals(customerId)) {
                subscriber.accept(change);
            }
        });
    }

    /** How many subscriptions are open on this instance. */
    public int subscriptions() {
        return subscribers.size();
    }

    /** Hands a committed change to the subscribers, without waiting for them. */
    void publish(CustomerChanged change) {
        try {
            delivery.execute(() -> deliver(change));
        } catch (RejectedExecutionException e) {
            log.debug("Change of customer {} not delivered: the application is stopping", change.customerId());
        }
    }

    private void deliver(CustomerChanged change) {
        for (Consumer<CustomerChanged> subscriber : subscribers) {
            try {
                subscriber.accept(change);
            } catch (RuntimeException e) {
                log.warn("A subscriber failed on the change of customer {}", change.customerId(), e);
            }
        }
    }

    @Override
    public void destroy() {
        delivery.shutdownNow();
    }
}
