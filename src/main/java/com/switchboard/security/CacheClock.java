package com.switchboard.security;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The caches' time is the application's {@link Clock}, so moving the clock in tests expires them too. */
final class CacheClock {

    private CacheClock() {}

    static Ticker ticker(Clock clock) {
        return () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
    }

    /**
     * A cache on the application's clock whose entries are never served older than {@code ttl}, and
     * which a busy entry never outlives: the first request to find an entry past half of {@code ttl}
     * reads it again on its own thread, while every other request goes on with the entry it has. So
     * requests do not all wait on one reload each time an entry expires.
     */
    static Caffeine<Object, Object> renewedWithin(Duration ttl, Clock clock) {
        return Caffeine.newBuilder().ticker(ticker(clock)).expireAfterWrite(ttl).refreshAfterWrite(ttl.dividedBy(2))
                .executor(Runnable::run);
    }
}
