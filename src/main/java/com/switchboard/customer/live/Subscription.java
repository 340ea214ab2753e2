package com.switchboard.customer.live;

/** A subscription to the change feed; {@link #cancel()} ends it (again is harmless). */
@FunctionalInterface
public interface Subscription {

    void cancel();
}
