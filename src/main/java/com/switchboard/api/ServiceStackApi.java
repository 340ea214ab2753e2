package com.switchboard.api;

import com.switchboard.api.dto.CustomerInfoList;
import com.switchboard.api.dto.GetCustomer;
import com.switchboard.api.dto.GetInheritedSchedule;
import com.switchboard.api.dto.ListCustomers;
import com.switchboard.api.dto.SetCustomerStagingMode;
import com.switchboard.api.dto.TestSchedule;
import com.switchboard.api.dto.TestScheduleResponse;
import com.switchboard.customer.CustomerChange.Channel;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerFilter;
import com.switchboard.customer.CustomerSchedules;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerSort;
import com.switchboard.customer.PageResult;
import com.switchboard.customer.StagingService;
import com.switchboard.schedule.Schedule;
import com.switchboard.schedule.ScheduleState;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST surface API callers' scripts know from the reference ServiceStack service: the custom
 * routes, and the pre-defined routes {@code /api/{Request}}, {@code /json/reply/{Request}} and
 * {@code /xml/reply/{Request}} that the official {@code @servicestack/client} uses.
 */
@RestController
class ServiceStackApi {

    static final int DEFAULT_PAGE_SIZE = 25;
    /** The most customers {@code all=true} returns in one answer. */
    static final int MAX_ALL = 10_000;
    /** The years a test-schedule moment may be in: those of .NET's {@code DateTime}, which the reference takes. */
    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;

    private final CustomerDirectory customers;
    private final StagingService staging;
    private final CustomerSchedules schedules;

    ServiceStackApi(CustomerDirectory customers, StagingService staging, CustomerSchedules schedules) {
        this.customers = customers;
        this.staging = staging;
        this.schedules = schedules;
    }

    @PostMapping({"/customers/{customerId}/test-schedule", "/customers/{customerId}/test-schedule.{ext:json|xml}"})
    ResponseEntity<byte[]> testSchedule(HttpServletRequest request, @PathVariable String customerId) {
        TestSchedule dto = RequestReader.read(request, TestSchedule.class);
        dto.customerId = routeId(customerId, dto.customerId);
        if (dto.dateTime == null || dto.dateTime.isBlank()) {
            throw ApiException.invalidField("NotEmpty", "DateTime", "'Date Time' must not be empty.");
        }
        Schedule candidate = ScheduleMapper.fromDto(dto.schedule);
        String text = dto.dateTime.strip();
        OffsetDateTime withOffset = null;
        LocalDateTime local;
        try {
            withOffset = OffsetDateTime.parse(text);
            local = withOffset.toLocalDateTime();
        } catch (DateTimeParseException noOffset) {
            try {
                local = LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw ApiException.invalidField("InvalidFormat", "DateTime",
                        "'" + text + "' is not an ISO-8601 date-time like 2026-11-26T09:30:00-05:00");
            }
        }
        if (local.getYear() < MIN_YEAR || local.getYear() > MAX_YEAR) {
            throw ApiException.invalidField("InclusiveBetween", "DateTime", "'Date Time' must be in the years "
                    + MIN_YEAR + " to " + MAX_YEAR + ", as a .NET DateTime is; '" + text + "' is not.");
        }
        ScheduleState state = withOffset != null
                ? schedules.test(dto.customerId, candidate, withOffset.toInstant())
                : schedules.test(dto.customerId, candidate, local);
        TestScheduleResponse response = new TestScheduleResponse();
        response.stateName = state.stateName();
        response.timeZoneId = state.timeZoneId();
        return ApiResponses.ok(response, format(request));
    }

    @GetMapping({"/customers/{customerId}/inherited-schedule", "/customers/{customerId}/inherited-schedule.{ext:json|xml}"})
    ResponseEntity<byte[]> inheritedSchedule(HttpServletRequest request, @PathVariable String customerId) {
        GetInheritedSchedule dto = RequestReader.read(request, GetInheritedSchedule.class);
        if (customerId != null) {
            dto.customerId = customerId;
        }
        requireId(dto.customerId);
        Schedule inherited = schedules.inherited(dto.customerId).value();
        com.switchboard.api.dto.Schedule response = inherited == null ? new com.switchboard.api.dto.Schedule()
                : CustomerInfoMapper.schedule(inherited);
        return ApiResponses.ok(response, format(request));
    }

    // ---- custom routes ---------------------------------------------------------------------------

    @PostMapping({"/customers/{customerId}/staging", "/customers/{customerId}/staging.{ext:json|xml}"})
    ResponseEntity<byte[]> setStaging(HttpServletRequest request, @PathVariable String customerId) {
        SetCustomerStagingMode dto = RequestReader.read(request, SetCustomerStagingMode.class);
        dto.customerId = routeId(customerId, dto.customerId);
        if (dto.isStaging == null) {
            throw ApiException.invalidField("NotNull", "IsStaging", "'Is Staging' must not be empty.");
        }
        CustomerDetails changed = staging.setStaging(dto.customerId, dto.isStaging, Channel.API);
        return ApiResponses.ok(CustomerInfoMapper.toInfo(changed), format(request));
    }

    @GetMapping("/customers/{customerId}")
    ResponseEntity<byte[]> getCustomer(HttpServletRequest request, @PathVariable String customerId) {
        GetCustomer dto = RequestReader.read(request, GetCustomer.class);
        if (customerId != null) {
            dto.customerId = stripSuffix(customerId);
        }
        requireId(dto.customerId);
        return ApiResponses.ok(CustomerInfoMapper.toInfo(customers.get(dto.customerId)), format(request));
    }

    @GetMapping({"/customers", "/customers.{ext:json|xml}"})
    ResponseEntity<byte[]> listCustomers(HttpServletRequest request) {
        ListCustomers dto = RequestReader.read(request, ListCustomers.class);
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
            return ApiResponses.ok(pageWithoutCount(filter, sort, page, size), format(request));
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
        return ApiResponses.ok(response, format(request));
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

    // ---- helpers -------------------------------------------------------------------------------------

    static WireFormat format(HttpServletRequest request) {
        WireFormat format = WireFormat.requested(request);
        if (format == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "NotSupported",
                    "Format '" + WireFormat.formatParameter(request) + "' is not supported; use json or xml");
        }
        return format;
    }

    /**
     * The customer a request is about: the route's (with a {@code .json}/{@code .xml} suffix taken
     * off), which a body naming another customer contradicts (400), else the body's; required.
     */
    static String routeId(String routeId, String bodyId) {
        if (routeId == null) {
            requireId(bodyId);
            return bodyId;
        }
        String id = stripSuffix(routeId);
        if (bodyId != null && !bodyId.isEmpty() && !bodyId.equals(id)) {
            throw ApiException.invalidField("NotEqual", "CustomerId",
                    "The customerId in the body ('" + bodyId + "') is not the customer of the route ('" + id + "')");
        }
        requireId(id);
        return id;
    }

    private static void requireId(String customerId) {
        if (customerId == null || customerId.isBlank()) {
            throw ApiException.invalidField("NotEmpty", "CustomerId", "'Customer Id' must not be empty.");
        }
    }

    private static String stripSuffix(String id) {
        for (String suffix : List.of(".json", ".xml")) {
            if (id.endsWith(suffix)) {
                return id.substring(0, id.length() - suffix.length());
            }
        }
        return id;
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
