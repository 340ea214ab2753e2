package com.switchboard.customer;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which log entries to list. Empty sets mean no limit.
 *
 * @param customerIds the customers whose entries to list; {@link #ACCOUNT_LEVEL} stands for the
 *                    entries of the accounts themselves
 * @param startDate   the first day (UTC) to list, inclusive; null for no bound
 * @param endDate     the last day (UTC) to list, inclusive; null for no bound
 * @param description text the entry's description contains (any case); null for any
 * @param specificIds entry ids ({@link LogEntry#id()})
 * @param ascending   oldest first instead of newest first
 */
public record LogEntryFilter(Set<String> accountIds, Set<String> customerIds, LocalDate startDate, LocalDate endDate,
        String description, Set<String> specificIds, boolean ascending) {

    /** The customer id that stands for the entries of the account itself. */
    public static final String ACCOUNT_LEVEL = "_";

    public LogEntryFilter {
        accountIds = accountIds == null ? Set.of() : Set.copyOf(accountIds);
        customerIds = customerIds == null ? Set.of() : Set.copyOf(customerIds);
        specificIds = specificIds == null ? Set.of() : Set.copyOf(specificIds);
    }

    /** Every entry, newest first. */
    public static LogEntryFilter all() {
        return new LogEntryFilter(Set.of(), Set.of(), null, null, null, Set.of(), false);
    }

    boolean wantsAccountLevel() {
        return customerIds.isEmpty() || customerIds.contains(ACCOUNT_LEVEL);
    }

    boolean wantsCustomers() {
        return customerIds.isEmpty() || !customers().isEmpty();
    }

    Set<String> customers() {
        return customerIds.stream().filter(id -> !id.equals(ACCOUNT_LEVEL)).collect(Collectors.toSet());
    }
}
