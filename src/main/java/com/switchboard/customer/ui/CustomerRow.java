package com.switchboard.customer.ui;

import com.switchboard.customer.CustomerDetails;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of the customers grid: just what the columns show, so an open grid keeps little in the
 * session. Rows are the same row when they are the same customer.
 */
record CustomerRow(String id, String name, String referenceId, String accountName, String parentName,
        String parentPath, List<TagBadge> tags, boolean staging, Instant lastModified) {

    /** A tag as the grid draws it: its name on its colour's theme class. */
    record TagBadge(String name, String colorClass) {}

    static CustomerRow of(CustomerDetails d) {
        List<CustomerDetails.Crumb> line = d.breadcrumb();
        return new CustomerRow(d.id(), d.customer().getName(), d.customer().getReferenceId(), d.accountName(),
                d.parent() == null ? null : d.parent().name(), line.stream().limit(line.size() - 1).map(CustomerDetails.Crumb::name)
                        .collect(Collectors.joining(" › ")),
                d.tags().stream().map(t -> new TagBadge(t.name(), Badges.colorClass(t.color().name()))).toList(),
                d.customer().isStaging(), d.customer().getDateLastModified());
    }

    /** The tag names, comma-separated, for tooltips and screen readers. */
    String tagNames() {
        return tags.stream().map(TagBadge::name).collect(Collectors.joining(", "));
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
