package com.switchboard.customer.ui;

import com.switchboard.customer.CustomerDetails;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One row of the customers grid: just what the columns show, so an open grid keeps little in the
 * session. Rows are the same row when they are the same customer.
 */
record CustomerRow(String id, String name, String referenceId, String accountName, String parentPath,
        List<TagBadge> tags, boolean staging, Instant lastModified) {

    /** A tag as the grid draws it. */
    record TagBadge(String name, String color) {}

    static CustomerRow of(CustomerDetails d) {
        List<CustomerDetails.Crumb> line = d.breadcrumb();
        return new CustomerRow(d.id(), d.customer().getName(), d.customer().getReferenceId(), d.accountName(),
                line.stream().limit(line.size() - 1).map(CustomerDetails.Crumb::name)
                        .collect(Collectors.joining(" › ")),
                d.tags().stream().map(t -> new TagBadge(t.name(), t.color().name().toLowerCase(Locale.ROOT))).toList(),
                d.customer().isStaging(), d.customer().getDateLastModified());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomerRow row && row.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
