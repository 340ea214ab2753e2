package com.switchboard.customer;

import java.util.Set;

/**
 * Which customers a list shows. Every set is "any of"; {@code tagIds} is "all of". Empty sets and
 * null values do not filter.
 *
 * @param nameFilter        case-insensitive part of the name
 * @param searchText        case-insensitive part of the name or the reference id
 * @param accountIds        the customers of these accounts
 * @param parentCustomerIds the descendants of these customers ({@code shallowParent}: children only)
 * @param shallowParent     with parentCustomerIds: direct children only
 * @param tagIds            customers carrying every one of these tags
 * @param specificIds       just these customers
 * @param staging           staging (true) or production (false) customers only
 */
public record CustomerFilter(String nameFilter, String searchText, Set<String> accountIds,
        Set<String> parentCustomerIds, boolean shallowParent, Set<String> tagIds, Set<String> specificIds,
        Boolean staging) {

    public static final CustomerFilter ALL = new CustomerFilter(null, null, Set.of(), Set.of(), false, Set.of(),
            Set.of(), null);

    public CustomerFilter {
        accountIds = accountIds == null ? Set.of() : Set.copyOf(accountIds);
        parentCustomerIds = parentCustomerIds == null ? Set.of() : Set.copyOf(parentCustomerIds);
        tagIds = tagIds == null ? Set.of() : Set.copyOf(tagIds);
        specificIds = specificIds == null ? Set.of() : Set.copyOf(specificIds);
    }
}
