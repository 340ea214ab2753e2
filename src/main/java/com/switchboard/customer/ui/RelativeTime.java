package com.switchboard.customer.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Moments as people read them in a list ("5 minutes ago", "3 days ago"), and exactly, for the tooltip. */
final class RelativeTime {

    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.ENGLISH);

    private final Clock clock;
    private final ZoneId zone;

    RelativeTime(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** How long ago {@code moment} was, in the largest unit that fits. */
    String ago(Instant moment) {
        if (moment == null) {
            return "—";
        }
        Duration age = Duration.between(moment, clock.instant());
        if (age.isNegative() || age.toSeconds() < 60) {
            return "just now";
        }
        long minutes = age.toMinutes();
        if (minutes < 60) {
            return Plural.of(minutes, "minute") + " ago";
        }
        long hours = age.toHours();
        if (hours < 24) {
            return Plural.of(hours, "hour") + " ago";
        }
        long days = age.toDays();
        if (days < 30) {
            return days == 1 ? "yesterday" : days + " days ago";
        }
        if (days < 365) {
            return Plural.of(days / 30, "month") + " ago";
        }
        return Plural.of(days / 365, "year") + " ago";
    }

    /** The moment to the second, with its zone. */
    String exact(Instant moment) {
        return moment == null ? "" : EXACT.format(moment.atZone(zone)) + " " + zone.getId();
    }
}
