package com.switchboard.security;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/** The caches' time is the application's {@link Clock}, so moving the clock in tests expires them too. */
final class CacheClock {

    private CacheClock() {}

    static Ticker ticker(Clock clock) {
        return () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
    }
}
