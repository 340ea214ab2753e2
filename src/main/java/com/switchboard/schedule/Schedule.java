package com.switchboard.schedule;

import com.switchboard.base.domain.JsonDocument;
import java.util.List;

/**
 * A customer's schedule: which named state ("Business Hours", "After Hours", "Holiday", ...) its
 * calls are in at any moment. Stored with the customer.
 *
 * @param timeZoneId   IANA zone the rules are read in
 * @param inherit      use the parent customer's effective schedule instead of this one
 * @param forceClosed  the state is "Closed" whatever the rules say
 * @param rules        tried in ascending priority, ties in list order
 * @param defaultState the state when no rule matches
 */
public record Schedule(String timeZoneId, boolean inherit, boolean forceClosed, List<SchedulingRule> rules,
        String defaultState) implements JsonDocument {

    public Schedule {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
