package com.switchboard.api;

import com.switchboard.api.dto.ListRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The list members every list operation takes ({@link ListRequest}), checked once: the page (0-based),
 * the page size (25 by default, at most {@code maxPageSize}), the sort order, {@code all} and
 * {@code simplifiedPaging}.
 */
record ListPaging(int page, int size, boolean ascending, boolean all, boolean simplified, Set<String> specificIds) {

    static final int DEFAULT_PAGE_SIZE = 25;
    /** The most items {@code all=true} returns in one answer. */
    static final int MAX_ALL = 10_000;

    static ListPaging of(ListRequest request, int maxPageSize) {
        int page = request.page == null ? 0 : request.page;
        if (page < 0) {
            throw ApiException.invalidField("GreaterThanOrEqual", "Page", "'Page' must be greater than or equal to '0'.");
        }
        int size = request.countPerPage == null ? DEFAULT_PAGE_SIZE : request.countPerPage;
        if (size < 1 || size > maxPageSize) {
            throw ApiException.invalidField("InclusiveBetween", "CountPerPage",
                    "'Count Per Page' must be between 1 and " + maxPageSize + ".");
        }
        boolean ascending = true;
        if (request.sortOrder != null && !request.sortOrder.isBlank()) {
            switch (request.sortOrder.strip().toLowerCase(Locale.ROOT)) {
                case "ascend" -> ascending = true;
                case "descend" -> ascending = false;
                default -> throw ApiException.invalidField("IsEnumName", "SortOrder",
                        "'Sort Order' must be Ascend or Descend.");
            }
        }
        boolean all = Boolean.TRUE.equals(request.all);
        return new ListPaging(page, size, ascending, all, !all && Boolean.TRUE.equals(request.simplifiedPaging),
                set(request.specificIds));
    }

    /** The sort field named, or null when none is; {@code known} lists the names for the error. */
    static String sortField(ListRequest request) {
        return request.sortField == null || request.sortField.isBlank() ? null : request.sortField.strip();
    }

    static ApiException unknownSortField(String known) {
        return ApiException.invalidField("Predicate", "SortField", "'Sort Field' must be one of " + known + ".");
    }

    static ApiException tooManyForAll(long matching, String what) {
        return ApiException.invalidField("LessThanOrEqual", "All", "'All' can return at most " + MAX_ALL + " " + what
                + " and " + matching + " match; page through them instead.");
    }

    static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new HashSet<>(values);
    }
}
