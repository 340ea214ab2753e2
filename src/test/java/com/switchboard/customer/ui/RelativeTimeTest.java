package com.switchboard.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RelativeTimeTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private final RelativeTime time = new RelativeTime(Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("UTC"));

    @Test
    void moments_read_as_how_long_ago_in_the_largest_unit_that_fits() {
        assertThat(time.ago(NOW.minusSeconds(20))).isEqualTo("just now");
        assertThat(time.ago(NOW.minus(Duration.ofMinutes(1)))).isEqualTo("1 minute ago");
        assertThat(time.ago(NOW.minus(Duration.ofMinutes(59)))).isEqualTo("59 minutes ago");
        assertThat(time.ago(NOW.minus(Duration.ofHours(5)))).isEqualTo("5 hours ago");
        assertThat(time.ago(NOW.minus(Duration.ofHours(30)))).isEqualTo("yesterday");
        assertThat(time.ago(NOW.minus(Duration.ofDays(12)))).isEqualTo("12 days ago");
        assertThat(time.ago(NOW.minus(Duration.ofDays(65)))).isEqualTo("2 months ago");
        assertThat(time.ago(NOW.minus(Duration.ofDays(800)))).isEqualTo("2 years ago");
        assertThat(time.ago(null)).isEqualTo("—");
    }

    @Test
    void the_exact_moment_has_seconds_and_the_zone() {
        assertThat(time.exact(Instant.parse("2026-11-20T08:05:09Z"))).isEqualTo("Nov 20, 2026, 8:05:09 AM UTC");
    }

    @Test
    void counts_take_the_singular_for_one() {
        assertThat(Plural.of(1, "customer")).isEqualTo("1 customer");
        assertThat(Plural.of(0, "customer")).isEqualTo("0 customers");
        assertThat(Plural.of(1500, "customer")).isEqualTo("1,500 customers");
    }
}
