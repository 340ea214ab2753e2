package com.switchboard.api;

import com.switchboard.api.dto.CustomerInfoList;
import com.switchboard.api.dto.ListCustomers;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerFilter;
import com.switchboard.customer.CustomerSort;
import com.switchboard.base.domain.PageResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** ListCustomers: the customers the caller may see, filtered, sorted and paged in SQL. */
@ApiService
class CustomerListApi {

    private final CustomerDirectory customers;

    CustomerListApi(CustomerDirectory customers) {
        this.customers = customers;
    }

    CustomerInfoList list(ListCustomers dto) {
        ListPaging paging = ListPaging.of(dto, CustomerDirectory.MAX_PAGE_SIZE);
        int page = paging.page();
        int size = paging.size();
        CustomerFilter filter = new CustomerFilter(dto.nameFilter, null, ListPaging.set(dto.accountIds),
                ListPaging.set(dto.parentCustomerIds), Boolean.TRUE.equals(dto.shallowParent), ListPaging.set(dto.tagIds),
                paging.specificIds(), null);
        CustomerSort sort = sort(ListPaging.sortField(dto), paging.ascending());
        PageResult<CustomerDetails> result;
        if (paging.simplified()) {
            return pageWithoutCount(filter, sort, page, size);
        }
        if (paging.all()) {
            result = customers.list(filter, sort, 0, CustomerDirectory.MAX_PAGE_SIZE);
            if (result.totalCount() > ListPaging.MAX_ALL) {
                throw ListPaging.tooManyForAll(result.totalCount(), "customers");
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

    private static CustomerSort sort(String field, boolean ascending) {
        if (field == null) {
            return new CustomerSort(CustomerSort.Field.NAME, ascending);
        }
        CustomerSort.Field sortField = switch (field.toLowerCase(Locale.ROOT)) {
            case "name" -> CustomerSort.Field.NAME;
            case "referenceid" -> CustomerSort.Field.REFERENCE_ID;
            case "isstaging" -> CustomerSort.Field.IS_STAGING;
            case "datecreated" -> CustomerSort.Field.DATE_CREATED;
            case "datelastmodified" -> CustomerSort.Field.DATE_LAST_MODIFIED;
            case "id" -> CustomerSort.Field.ID;
            default -> throw ListPaging.unknownSortField("name, referenceId, isStaging, dateCreated, dateLastModified, id");
        };
        return new CustomerSort(sortField, ascending);
    }
}
