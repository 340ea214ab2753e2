package com.switchboard.customer;

import com.switchboard.base.domain.PageResult;
import com.switchboard.account.Account;
import com.switchboard.account.AccountRepository;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.customer.CustomerAccessPolicy.Action;
import com.switchboard.security.CurrentUser;
import com.switchboard.security.Role;
import com.switchboard.security.SignedInUser;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding and reading customers: single customers, filtered and sorted pages, counts, children,
 * parent candidates, accounts and history. Everything the signed-in user may not see does not exist
 * for it ({@link CustomerAccessPolicy}).
 */
@Service
@Transactional(readOnly = true)
public class CustomerDirectory {

    /** The largest page a list returns. */
    public static final int MAX_PAGE_SIZE = 1000;

    private final CustomerRepository customers;
    private final CustomerQueries queries;
    private final CustomerChangeRepository changes;
    private final AccountRepository accounts;
    private final CustomerAccessPolicy policy;
    private final CustomerReads reads;
    private final CurrentUser currentUser;

    CustomerDirectory(CustomerRepository customers, CustomerQueries queries, CustomerChangeRepository changes,
            AccountRepository accounts, CustomerAccessPolicy policy, CustomerReads reads, CurrentUser currentUser) {
        this.customers = customers;
        this.queries = queries;
        this.changes = changes;
        this.accounts = accounts;
        this.policy = policy;
        this.reads = reads;
        this.currentUser = currentUser;
    }

    /** One customer the user may see; {@link CustomerNotFoundException} otherwise. */
    public CustomerDetails get(String id) {
        return reads.details(reads.visible(currentUser.require(), id));
    }

    /** A page of the customers the user may see that pass {@code filter}, with the number of them all. */
    public PageResult<CustomerDetails> list(CustomerFilter filter, CustomerSort sort, int page, int pageSize) {
        if (page < 0) {
            throw new ValidationException("page", "The page must not be negative");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new ValidationException("countPerPage", "The page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        long total = count(filter);
        List<CustomerDetails> items = (long) page * pageSize >= total ? List.of()
                : find(filter, sort, (long) page * pageSize, pageSize);
        return new PageResult<>(items, total, page, pageSize);
    }

    /** How many customers the user may see pass {@code filter}. */
    public long count(CustomerFilter filter) {
        SignedInUser user = currentUser.require();
        CustomerAccessPolicy.Scope scope = policy.scopeOf(user);
        return scope.isEmpty(user) ? 0 : queries.count(scope, filter);
    }

    /** How many customers the user may see pass {@code filter}, counting no further than {@code cap}. */
    public long countUpTo(CustomerFilter filter, long cap) {
        SignedInUser user = currentUser.require();
        CustomerAccessPolicy.Scope scope = policy.scopeOf(user);
        return scope.isEmpty(user) ? 0 : queries.countUpTo(scope, filter, cap);
    }

    /** The customers the user may see that pass {@code filter}, from {@code offset}, at most {@code limit}. */
    public List<CustomerDetails> find(CustomerFilter filter, CustomerSort sort, long offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new ValidationException("countPerPage", "The page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        SignedInUser user = currentUser.require();
        CustomerAccessPolicy.Scope scope = policy.scopeOf(user);
        if (scope.isEmpty(user)) {
            return List.of();
        }
        List<String> ids = queries.pageOfIds(scope, filter, sort, offset, limit);
        Map<String, Customer> byId = reads.all(ids).stream()
                .collect(Collectors.toMap(Customer::getId, Function.identity()));
        return reads.details(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    /** The direct children of a customer the user may see, by name. */
    public List<CustomerDetails.Crumb> children(String id) {
        reads.visible(currentUser.require(), id);
        return list(CustomerFilter.childrenOf(id), CustomerSort.BY_NAME, 0, MAX_PAGE_SIZE).items().stream()
                .map(d -> new CustomerDetails.Crumb(d.id(), d.customer().getName())).toList();
    }

    /** How many direct children each customer has (absent: none). */
    public Map<String, Long> childCounts(Collection<String> ids) {
        currentUser.require();
        return queries.childCounts(ids);
    }

    /**
     * Customers of {@code accountId} the user may see whose name contains {@code search}, that
     * {@code customerId} (null for a new customer) could move under: not itself, not a descendant.
     */
    public List<CustomerDetails.Crumb> parentCandidates(String accountId, String customerId, String search, int limit) {
        SignedInUser user = currentUser.require();
        CustomerAccessPolicy.Scope scope = policy.scopeOf(user);
        if (scope.isEmpty(user)) {
            return List.of();
        }
        String excluded = customerId == null ? null : reads.visible(user, customerId).getPath();
        return queries.candidates(scope, accountId, excluded, search, limit);
    }

    /** What the user may not do with a customer, with the reason (absent: allowed). */
    public Map<Action, String> refusals(Customer customer) {
        SignedInUser user = currentUser.require();
        Map<Action, String> refusals = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            String reason = policy.refusal(user, action, customer);
            if (reason != null) {
                refusals.put(action, reason);
            }
        }
        return refusals;
    }

    /** The accounts in which the user may create customers, by name. */
    public List<Account> manageableAccounts() {
        SignedInUser user = currentUser.require();
        return accounts.findAllByOrderByName().stream().filter(a -> policy.mayManageAccount(user, a.id())).toList();
    }

    /** The accounts whose customers the user sees, by name. */
    public List<Account> visibleAccounts() {
        SignedInUser user = currentUser.require();
        CustomerAccessPolicy.Scope scope = policy.scopeOf(user);
        if (user.customerId() != null) {
            return customers.findById(user.customerId()).flatMap(c -> accounts.findById(c.getAccountId()))
                    .map(List::of).orElse(List.of());
        }
        return accounts.findAllByOrderByName().stream()
                .filter(a -> scope.accountIds() == null || scope.accountIds().contains(a.id())).toList();
    }

    /**
     * The change history of a customer the user may see, newest first. The history of a deleted
     * customer stays readable to system administrators (to everyone else it does not exist).
     */
    public PageResult<CustomerChange> history(String id, int page, int pageSize) {
        SignedInUser user = currentUser.require();
        try {
            reads.visible(user, id);
        } catch (CustomerNotFoundException e) {
            boolean deleted = customers.findById(id).isEmpty() && changes.countByCustomerId(id) > 0;
            if (!(deleted && user.role() == Role.SystemAdministrator)) {
                throw e;
            }
        }
        return new PageResult<>(changes.findByCustomerIdOrderByIdDesc(id, PageRequest.of(page, pageSize)),
                changes.countByCustomerId(id), page, pageSize);
    }
}
