package com.switchboard.base.domain;

import java.util.List;

/** One page of a list with the size of the whole list. */
public record PageResult<T>(List<T> items, long totalCount, int page, int pageSize) {

    public int totalPages() {
        return pageSize == 0 ? 0 : (int) ((totalCount + pageSize - 1) / pageSize);
    }

    public boolean hasMorePages() {
        return (long) (page + 1) * pageSize < totalCount;
    }
}
