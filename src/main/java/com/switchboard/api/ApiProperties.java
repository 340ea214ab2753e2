package com.switchboard.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code switchboard.api.*}: how many API requests are worked on at once.
 *
 * @param concurrentRequests at most this many API requests run at once, the others wait their turn in
 *                           the order they came; 0 (the default) means two per processor
 * @param queueTimeout       a request that has waited this long for its turn is answered 503
 */
@ConfigurationProperties("switchboard.api")
record ApiProperties(@DefaultValue("0") int concurrentRequests, @DefaultValue("10s") Duration queueTimeout) {

    ApiProperties {
        if (concurrentRequests < 0) {
            throw new IllegalArgumentException("switchboard.api.concurrent-requests must be 0 (two per processor) or more");
        }
    }

    /** The number of API requests worked on at once. */
    int permits() {
        return concurrentRequests > 0 ? concurrentRequests : 2 * Runtime.getRuntime().availableProcessors();
    }
}
