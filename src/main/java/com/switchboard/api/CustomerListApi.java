package com.switchboard.api;

import com.switchboard.api.dto.CustomerInfoList;
import com.switchboard.api.dto.ListCustomers;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerFilter;
import com.switchboard.customer.CustomerSort;
import com.switchboard.customer.PageResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ListCustomers: the customers the caller may see, filtered, sorted and paged in SQL. */
@ApiService
class CustomerListApi {

    static final int DEFAULT_PAGE_SIZE = 25;
    /** The most customers {@code all=true} returns in one answer. */
    static final int MAX_ALL = 10_000;

    private final CustomerDirectory customers;

    CustomerListApi(CustomerDirectory customers) {
        this.customers = customers;
    }

    CustomerInfoList list(ListCustomers dto) {
        int page = dto.page == null ? 0 : dto.page;
        if (page < 0) {
            throw ApiException.invalidField("GreaterThanOrEqual", "Page", "'Page' must be greater than or equal to '0'.");
        }
        int size = dto.countPerPage == null ? DEFAULT_PAGE_SIZE : dto.countPerPage;
        if (size < 1 || size > CustomerDirectory.MAX_PAGE_SIZE) {
            throw ApiException.invalidField("InclusiveBetween", "CountPerPage",
                    "'Count Per Page' must be between 1 and " + CustomerDirectory.MAX_PAGE_SIZE + ".");
        }
        CustomerFilter filter = new CustomerFilter(dto.nameFilter, null, set(dto.accountIds),
                set(dto.parentCustomerIds), Boolean.TRUE.equals(dto.shallowParent), set(dto.tagIds),
                set(dto.specificIds), null);
        CustomerSort sort = sort(dto.sortField, dto.sortOrder);
        PageResult<CustomerDetails> result;
        if (Boolean.TRUE.equals(dto.simplifiedPaging) && !Boolean.TRUE.equals(dto.all)) {
            return pageWithoutCount(filter, sort, page, size);
        }
        if (Boolean.TRUE.equals(dto.all)) {
            result = customers.list(filter, sort, 0, CustomerDirectory.MAX_PAGE_SIZE);
            if (result.totalCount() > MAX_ALL) {
                throw ApiException.invalidField("LessThanOrEqual", "All", "'All' can return at most " + MAX_ALL
                        + " customers and " + result.totalCount() + " match; page through them instead.");
            }
            List<CustomerDetails> items = new ArrayList<>(result.items());
            for (int p = 1; items.size() < result.totalCount(); p++) {
                List<CustomerDetails> more = customers.list(filter, sort, p, CustomerDirectory.MAX_PAGE_SIZE).items();
                if (more.isEmpty()) {
                    break;
                }
                items.addAll(more);
            }
            result = new PageResult<>(items, result.totalCount(), 0, Math.max(items.size(), 1));
        } else {
            result = customers.list(filter, sort, page, size);
        }
        CustomerInfoList response = new CustomerInfoList();
        response.items = result.items().stream().map(CustomerInfoMapper::toInfo).toList();
        response.totalCount = result.totalCount();
        response.totalPages = result.totalPages();
        response.hasMorePages = result.hasMorePages();
        return response;
    }

    /**
     * ServiceStack's {@code simplifiedPaging}: the page without counting every match, for speed.
     * {@code totalCount} and {@code totalPages} are 0; {@code hasMorePages} is exact (one look past
     * the page).
     */
    private CustomerInfoList pageWithoutCount(CustomerFilter filter, CustomerSort sort, int page, int size) {
        long offset = (long) page * size;
        List<CustomerDetails> items = customers.find(filter, sort, offset, size);
        CustomerInfoList response = new CustomerInfoList();
        response.items = items.stream().map(CustomerInfoMapper::toInfo).toList();
        response.hasMorePages = items.size() == size && !customers.find(filter, sort, offset + size, 1).isEmpty();
        return response;
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new HashSet<>(values);
    }

    private static CustomerSort sort(String field, String order) {
        boolean ascending = true;
        if (order != null && !order.isBlank()) {
            switch (order.strip().toLowerCase(Locale.ROOT)) {
                case "ascend" -> ascending = true;
                case "descend" -> ascending = false;
                default -> throw ApiException.invalidField("IsEnumName", "SortOrder",
                        "'Sort Order' must be Ascend or Descend.");
            }
        }
        if (field == null || field.isBlank()) {
            return new CustomerSort(CustomerSort.Field.NAME, ascending);
        }
        CustomerSort.Field sortField = switch (field.strip().toLowerCase(Locale.ROOT)) {
            case "name" -> CustomerSort.Field.NAME;
            case "referenceid" -> CustomerSort.Field.REFERENCE_ID;
            case "isstaging" -> CustomerSort.Field.IS_STAGING;
            case "datecreated" -> CustomerSort.Field.DATE_CREATED;
            case "datelastmodified" -> CustomerSort.Field.DATE_LAST_MODIFIED;
            case "id" -> CustomerSort.Field.ID;
            default -> throw ApiException.invalidField("Predicate", "SortField", "'Sort Field' must be one of "
                    + "name, referenceId, isStaging, dateCreated, dateLastModified, id.");
        };
        return new CustomerSort(sortField, ascending);
    }
}
