package com.switchboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.LoadingCache;
import com.switchboard.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A renewed cache never serves an entry older than its bound, and renews a busy one before then. */
class CacheClockTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T12:00:00Z"));

    @Test
    void an_entry_is_read_again_past_half_its_bound_and_never_served_older_than_the_bound() {
        AtomicInteger version = new AtomicInteger(1);
        AtomicInteger loads = new AtomicInteger();
        LoadingCache<String, Integer> cache = CacheClock.renewedWithin(Duration.ofSeconds(2), clock)
                .build(key -> {
                    loads.incrementAndGet();
                    return version.get();
                });

        assertThat(cache.get("k")).isEqualTo(1);
        version.set(2);
        clock.advance(Duration.ofMillis(900));
        assertThat(cache.get("k")).as("within half the bound: the entry as read").isEqualTo(1);
        assertThat(loads).hasValue(1);

        clock.advance(Duration.ofMillis(200)); // 1.1 s: past half
        cache.get("k"); // this request renews it (on its own thread), so the next one sees the new value
        assertThat(cache.get("k")).isEqualTo(2);
        assertThat(loads).hasValue(2);

        version.set(3);
        clock.advance(Duration.ofMillis(2000)); // past the whole bound since the last read: never served stale
        assertThat(cache.get("k")).isEqualTo(3);
    }

    @Test
    void an_entry_whose_source_is_gone_is_dropped_when_renewed() {
        AtomicInteger present = new AtomicInteger(1);
        LoadingCache<String, Integer> cache = CacheClock.renewedWithin(Duration.ofSeconds(2), clock)
                .build(key -> present.get() == 1 ? 1 : null);
        assertThat(cache.get("k")).isEqualTo(1);
        present.set(0);
        clock.advance(Duration.ofMillis(1500));
        cache.get("k");
        assertThat(cache.getIfPresent("k")).isNull();
    }
}
