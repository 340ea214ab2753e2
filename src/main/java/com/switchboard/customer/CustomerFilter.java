package com.switchboard.customer;

import com.switchboard.base.domain.DataValue;
import java.util.Map;
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
 * @param dataEquals        customers whose custom data has each of these members with exactly this value
 */
public record CustomerFilter(String nameFilter, String searchText, Set<String> accountIds,
        Set<String> parentCustomerIds, boolean shallowParent, Set<String> tagIds, Set<String> specificIds,
        Boolean staging, Map<String, DataValue> dataEquals) {

    public CustomerFilter(String nameFilter, String searchText, Set<String> accountIds, Set<String> parentCustomerIds,
            boolean shallowParent, Set<String> tagIds, Set<String> specificIds, Boolean staging) {
        this(nameFilter, searchText, accountIds, parentCustomerIds, shallowParent, tagIds, specificIds, staging,
                Map.of());
    }

    public static final CustomerFilter ALL = new CustomerFilter(null, null, Set.of(), Set.of(), false, Set.of(),
            Set.of(), null);

    public CustomerFilter {
        accountIds = accountIds == null ? Set.of() : Set.copyOf(accountIds);
        parentCustomerIds = parentCustomerIds == null ? Set.of() : Set.copyOf(parentCustomerIds);
        tagIds = tagIds == null ? Set.of() : Set.copyOf(tagIds);
        specificIds = specificIds == null ? Set.of() : Set.copyOf(specificIds);
        dataEquals = dataEquals == null ? Map.of() : Map.copyOf(dataEquals);
    }

    /** Customers whose custom data has each of these members with exactly this value. */
    public CustomerFilter withData(Map<String, DataValue> dataEquals) {
        return new CustomerFilter(nameFilter, searchText, accountIds, parentCustomerIds, shallowParent, tagIds,
                specificIds, staging, dataEquals);
    }

    /** The direct children of {@code parentId}. */
    public static CustomerFilter childrenOf(String parentId) {
        return ALL.withParents(Set.of(parentId), true);
    }

    /** Customers whose name contains {@code nameFilter} (case-insensitive). */
    public CustomerFilter withName(String nameFilter) {
        return new CustomerFilter(nameFilter, searchText, accountIds, parentCustomerIds, shallowParent, tagIds,
                specificIds, staging, dataEquals);
    }

    /** Customers whose name or reference id contains {@code searchText} (case-insensitive). */
    public CustomerFilter withSearch(String searchText) {
        return new CustomerFilter(nameFilter, searchText, accountIds, parentCustomerIds, shallowParent, tagIds,
                specificIds, staging, dataEquals);
    }

    /** Customers of any of these accounts. */
    public CustomerFilter withAccounts(Set<String> accountIds) {
        return new CustomerFilter(nameFilter, searchText, accountIds, parentCustomerIds, shallowParent, tagIds,
                specificIds, staging, dataEquals);
    }

    /** Descendants ({@code shallow}: children) of any of these customers. */
    public CustomerFilter withParents(Set<String> parentCustomerIds, boolean shallow) {
        return new CustomerFilter(nameFilter, searchText, accountIds, parentCustomerIds, shallow, tagIds,
                specificIds, staging, dataEquals);
    }

    /** Customers carrying all of these tags. */
    public CustomerFilter withTags(Set<String> tagIds) {
        return new CustomerFilter(nameFilter, searchText, accountIds, parentCustomerIds, shallowParent, tagIds,
                specificIds, staging, dataEquals);
    }

    /** Just these customers. */
    public CustomerFilter withIds(Set<String> specificIds) {
        return new CustomerFilter(nameFilter, searchText, accountIds, parentCustomerIds, shallowParent, tagIds,
                specificIds, staging, dataEquals);
    }

    /** Staging (true) or production (false) customers only; null for both. */
    public CustomerFilter withStaging(Boolean staging) {
        return new CustomerFilter(nameFilter, searchText, accountIds, parentCustomerIds, shallowParent, tagIds,
                specificIds, staging, dataEquals);
    }
}
