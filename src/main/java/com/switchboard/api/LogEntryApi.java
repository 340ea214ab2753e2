package com.switchboard.api;

import com.switchboard.api.dto.CustomerBreadcrumb;
import com.switchboard.api.dto.ListLogEntries;
import com.switchboard.api.dto.LogEntryInfo;
import com.switchboard.api.dto.LogEntryInfoList;
import com.switchboard.base.domain.PageResult;
import com.switchboard.customer.ChangeLogQueries;
import com.switchboard.customer.LogEntry;
import com.switchboard.customer.LogEntryFilter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The log: ListLogEntries, the customers' and accounts' change history through {@link ChangeLogQueries},
 * one entry per change in the History tab's words, newest first unless {@code sortOrder=Ascend}.
 */
@ApiService
class LogEntryApi {

    /** The one sort field: when the change was made. */
    static final String SORT_FIELD = "dateCreated";
    /** The most entries one page holds. */
    static final int MAX_PAGE_SIZE = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ChangeLogQueries log;

    LogEntryApi(ChangeLogQueries log) {
        this.log = log;
    }

    LogEntryInfoList list(ListLogEntries request) {
        ListPaging paging = ListPaging.of(request, MAX_PAGE_SIZE);
        String field = ListPaging.sortField(request);
        if (field != null && !field.equalsIgnoreCase(SORT_FIELD)) {
            throw ListPaging.unknownSortField(SORT_FIELD);
        }
        boolean ascending = request.sortOrder != null && !request.sortOrder.isBlank() && paging.ascending();
        LogEntryFilter filter = new LogEntryFilter(ListPaging.set(request.accountIds),
                ListPaging.set(request.customerIds), day(request.startDate, "StartDate", "Start Date"),
                day(request.endDate, "EndDate", "End Date"), request.description, paging.specificIds(), ascending);
        PageResult<LogEntry> page = paging.all()
                ? log.list(filter, 0, ListPaging.MAX_ALL + 1, false)
                : log.list(filter, paging.page(), paging.size(), !paging.simplified());
        if (paging.all() && page.items().size() > ListPaging.MAX_ALL) {
            throw ListPaging.tooManyForAll(page.totalCount(), "log entries");
        }
        LogEntryInfoList response = new LogEntryInfoList();
        response.items = page.items().stream().map(LogEntryApi::info).toList();
        response.hasMorePages = !paging.all() && page.hasMorePages();
        if (paging.all()) {
            response.totalCount = page.items().size();
            response.totalPages = page.items().isEmpty() ? 0 : 1;
        } else if (!paging.simplified()) {
            response.totalCount = page.totalCount();
            response.totalPages = page.totalPages();
        }
        return response;
    }

    /** A day as YYYY-MM-DD, or null when none is given; 400 naming {@code member} otherwise. */
    private static LocalDate day(String text, String member, String words) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField("Invalid", member, "'" + words + "' must be a date as YYYY-MM-DD.");
        }
    }

    static LogEntryInfo info(LogEntry entry) {
        LogEntryInfo info = new LogEntryInfo();
        info.id = entry.id();
        info.dateCreated = CustomerInfoMapper.date(entry.at());
        info.dateLastModified = info.dateCreated;
        info.createdBy = entry.userName();
        info.lastModifiedBy = entry.userName();
        info.accountId = entry.accountId();
        info.accountName = entry.accountName();
        info.customerId = entry.customerId();
        info.customerName = entry.customerName();
        info.customerBreadcrumb = entry.breadcrumb().stream().map(c -> new CustomerBreadcrumb(c.id(), c.name())).toList();
        info.userName = entry.userName();
        info.description = entry.description();
        return info;
    }
}
