package com.switchboard.api;

import com.switchboard.api.dto.DeleteUser;
import com.switchboard.api.dto.ListUsers;
import com.switchboard.api.dto.NewUser;
import com.switchboard.api.dto.PatchUser;
import com.switchboard.api.dto.UserInfo;
import com.switchboard.api.dto.UserInfoList;
import com.switchboard.base.domain.NotFoundException;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.domain.ValidationException.FieldError;
import com.switchboard.security.Role;
import com.switchboard.user.UserAdministration;
import com.switchboard.user.UserDirectory;
import com.switchboard.user.UserDraft;
import com.switchboard.user.UserFilter;
import com.switchboard.user.UserRow;
import com.switchboard.user.UserSort;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The users: ListUsers, NewUser, PatchUser and DeleteUser, through {@link UserDirectory} and
 * {@link UserAdministration} like the portal's Users view, so the same scope, rules, password policy
 * and audit hold. What the wire has and the domain does not is mapped here: {@code roles} carries the
 * one role a user has, first and last name make up the display name (split at its first space when read),
 * and the domain's field names become the members the caller sent.
 */
@ApiService
class UserApi {

    private static final String SORT_FIELDS = Arrays.stream(UserSort.Field.values()).map(f -> f.key)
            .collect(Collectors.joining(", "));

    private final UserDirectory directory;
    private final UserAdministration administration;

    UserApi(UserDirectory directory, UserAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    UserInfoList list(ListUsers request) {
        ListPaging paging = ListPaging.of(request, ListPaging.MAX_ALL);
        String field = ListPaging.sortField(request);
        UserSort sort = new UserSort(field == null ? UserSort.Field.USER_NAME
                : UserSort.Field.fromKey(field).orElseThrow(() -> ListPaging.unknownSortField(SORT_FIELDS)),
                paging.ascending());
        UserFilter filter = UserFilter.ALL.withAccounts(ListPaging.set(request.accountIds))
                .withEmail(request.emailFilter).withIds(ids(paging.specificIds()));
        if (!paging.specificIds().isEmpty() && filter.ids().isEmpty()) {
            return page(List.of(), false, 0, paging);
        }
        int size = paging.all() ? ListPaging.MAX_ALL : paging.size();
        List<UserRow> rows = directory.list(filter, sort, paging.all() ? 0 : (long) paging.page() * size, size + 1);
        if (paging.all() && rows.size() > size) {
            throw ListPaging.tooManyForAll(directory.count(filter), "users");
        }
        long total = paging.simplified() ? 0 : directory.count(filter);
        return page(rows.subList(0, Math.min(size, rows.size())), rows.size() > size, total, paging);
    }

    UserInfo create(NewUser request) {
        String username = request.userName != null ? request.userName : request.emailAddress;
        Role role = request.roles == null ? Role.Manager : role(request.roles);
        if (request.accountId != null && role != Role.Manager) {
            throw new ValidationException("accountId", role == Role.Customer
                    ? "A customer user's account is its customer's: give customerId instead"
                    : "An administrator has no account");
        }
        if (request.customerId != null && role != Role.Customer) {
            throw new ValidationException("customerId", "Only a Customer user has a customer");
        }
        UserDraft draft = new UserDraft(username, displayName(request.firstName, request.lastName),
                request.emailAddress, role, request.accountId == null ? Set.of() : Set.of(request.accountId),
                request.customerId);
        Map<String, String> names = Map.of("username", request.userName != null ? "userName" : "emailAddress",
                "accounts", "accountId");
        return named(names, () -> info(administration.create(draft, request.password)));
    }

    UserInfo patch(PatchUser request, ApiCall call) {
        long id = id(request.userId);
        UserRow current = directory.find(id).orElseThrow(() -> new NotFoundException("No such user"));
        String[] names = split(current.displayName());
        String first = call.sent("firstName") ? request.firstName : names[0];
        String last = call.sent("lastName") ? request.lastName : names[1];
        Role role = call.sent("roles") ? role(request.roles) : current.role();
        Set<String> accounts = call.sent("accountIds") ? ListPaging.set(request.accountIds)
                : current.role() == Role.Manager ? current.accountIds() : Set.of();
        if (request.customerId != null && role != Role.Customer) {
            throw new ValidationException("customerId", "Only a Customer user has a customer");
        }
        if (call.sent("accountIds") && role != Role.Manager && !accounts.isEmpty()) {
            throw new ValidationException("accountIds", role == Role.Customer
                    ? "A customer user's account is its customer's: give customerId instead"
                    : "An administrator has no accounts");
        }
        UserDraft draft = new UserDraft(current.username(), displayName(first, last), current.email(), role,
                accounts, call.sent("customerId") ? request.customerId : current.customerId());
        Map<String, String> fields = Map.of("username", "userId", "accounts", "accountIds", "password", "newPassword",
                "", "isEnabled");
        return named(fields, () -> info(administration.change(id, draft,
                request.isEnabled, request.newPassword)));
    }

    void delete(DeleteUser request) {
        long id = id(request.userId);
        named(Map.of("", "userId"), () -> {
            administration.delete(id);
            return null;
        });
    }

    /** The domain's field names (and no field, as "") as the members of this request, PascalCase on the wire. */
    private static <T> T named(Map<String, String> names, Supplier<T> work) {
        try {
            return work.get();
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream().map(error -> {
                String key = error.field() == null ? "" : error.field();
                String field = names.getOrDefault(key, WIRE.getOrDefault(key, error.field()));
                return new FieldError(field, error.message());
            }).toList());
        }
    }

    private static final Map<String, String> WIRE = Map.of("displayName", "firstName", "email", "emailAddress",
            "role", "roles", "customer", "customerId");

    private static Role role(List<String> roles) {
        Set<String> named = roles == null ? Set.of() : new LinkedHashSet<>(roles);
        if (named.size() != 1) {
            throw new ValidationException("roles", "Give exactly one role: a user has one role here");
        }
        String name = named.iterator().next();
        return Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst().orElseThrow(() -> new ValidationException("roles",
                        "Give one of SystemAdministrator, Manager or Customer"));
    }

    private static long id(String userId) {
        try {
            return Long.parseLong(userId.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("No such user");
        }
    }

    private static Set<Long> ids(Set<String> specificIds) {
        Set<Long> ids = new HashSet<>();
        for (String id : specificIds) {
            try {
                ids.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                // an id that is no number names no user
            }
        }
        return ids;
    }

    private static String displayName(String first, String last) {
        String joined = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        return joined.isEmpty() ? null : joined;
    }

    /** The display name as first name (up to its first space) and last name (the rest, or null). */
    private static String[] split(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return new String[] {null, null};
        }
        int space = displayName.indexOf(' ');
        return space < 0 ? new String[] {displayName, null}
                : new String[] {displayName.substring(0, space), displayName.substring(space + 1).strip()};
    }

    private static UserInfoList page(List<UserRow> rows, boolean more, long total, ListPaging paging) {
        UserInfoList response = new UserInfoList();
        response.items = rows.stream().map(UserApi::info).toList();
        response.hasMorePages = !paging.all() && more;
        if (!paging.simplified()) {
            response.totalCount = total;
            response.totalPages = paging.all() ? (total == 0 ? 0 : 1)
                    : (int) ((total + paging.size() - 1) / paging.size());
        }
        return response;
    }

    static UserInfo info(UserRow row) {
        UserInfo info = new UserInfo();
        String[] names = split(row.displayName());
        info.id = String.valueOf(row.id());
        info.userName = row.username();
        info.firstName = names[0];
        info.lastName = names[1];
        info.name = row.displayName();
        info.emailAddress = row.email();
        info.roles = List.of(row.role().name());
        info.accountIds = List.copyOf(row.accountIds());
        info.accountNames = row.accountNames();
        info.customerId = row.customerId();
        info.isEnabled = row.enabled();
        return info;
    }
}
