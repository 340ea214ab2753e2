package com.switchboard.customer;

import com.switchboard.account.Account;
import com.switchboard.account.AccountRepository;
import com.switchboard.account.BillingSettings;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.customer.CustomerChange.Channel;
import com.switchboard.customer.CustomerDetails.Crumb;
import com.switchboard.customer.CustomerDetails.Inherited;
import com.switchboard.security.SignedInUser;
import com.switchboard.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and changing customers. Every method is a transaction and asks the
 * {@link CustomerAccessPolicy} first: what the signed-in user may not see does not exist for it.
 */
@Service
@Transactional(readOnly = true)
public class CustomerService {

    /** The largest page a list returns. */
    public static final int MAX_PAGE_SIZE = 1000;

    private final CustomerRepository customers;
    private final CustomerQueries queries;
    private final CustomerChangeRepository changes;
    private final TagRepository tags;
    private final AccountRepository accounts;
    private final CustomerAccessPolicy policy;
    private final CurrentUser currentUser;
    private final Clock clock;

    CustomerService(CustomerRepository customers, CustomerQueries queries, CustomerChangeRepository changes,
            TagRepository tags, AccountRepository accounts, CustomerAccessPolicy policy, CurrentUser currentUser,
            Clock clock) {
        this.customers = customers;
        this.queries = queries;
        this.changes = changes;
        this.tags = tags;
        this.accounts = accounts;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One customer the user may see; {@link CustomerNotFoundException} otherwise. */
    public CustomerDetails get(String id) {
        SignedInUser user = currentUser.require();
        return details(List.of(visible(user, id))).get(0);
    }

    /** A page of the customers the user may see that pass {@code filter}. */
    public PageResult<CustomerDetails> list(CustomerFilter filter, CustomerSort sort, int page, int pageSize) {
        if (page < 0) {
            throw new ValidationException("page", "The page must not be negative");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new ValidationException("countPerPage", "The page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        SignedInUser user = currentUser.require();
        CustomerAccessPolicy.Scope scope = policy.scopeOf(user);
        if (scope.isEmpty(user)) {
            return new PageResult<>(List.of(), 0, page, pageSize);
        }
        long total = queries.count(scope, filter);
        List<String> ids = (long) page * pageSize >= total ? List.of()
                : queries.pageOfIds(scope, filter, sort, (long) page * pageSize, pageSize);
        Map<String, Customer> byId = customers.findAllById(ids).stream()
                .collect(Collectors.toMap(Customer::getId, Function.identity()));
        List<Customer> ordered = ids.stream().map(byId::get).filter(c -> c != null).toList();
        return new PageResult<>(details(ordered), total, page, pageSize);
    }

    /**
     * Routes a customer's phone numbers to the staging server (true) or to production (false). The
     * change is one atomic statement that bumps the version and stamps the modification; a flip that
     * changed the flag writes one history entry. Setting the value it already has changes nothing.
     */
    @Transactional
    public CustomerDetails setStaging(String id, boolean staging, Channel channel) {
        SignedInUser user = currentUser.require();
        visible(user, id);
        Instant now = now();
        if (customers.updateStaging(id, staging, now, user.username()) == 1) {
            changes.save(CustomerChange.of(id, now, user.username(), channel, "isStaging", !staging, staging));
        }
        return details(List.of(customers.findById(id).orElseThrow(() -> new CustomerNotFoundException(id)))).get(0);
    }

    /** The change history of a customer the user may see, newest first. */
    public PageResult<CustomerChange> history(String id, int page, int pageSize) {
        SignedInUser user = currentUser.require();
        visible(user, id);
        return new PageResult<>(changes.findByCustomerIdOrderByIdDesc(id, PageRequest.of(page, pageSize)),
                changes.countByCustomerId(id), page, pageSize);
    }

    private Customer visible(SignedInUser user, String id) {
        return customers.findById(id)
                .filter(c -> policy.canSee(user, c))
                .orElseThrow(() -> new CustomerNotFoundException(id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Adds what is derived on read, with one query per kind of data for the whole list. */
    private List<CustomerDetails> details(List<Customer> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<String, Customer> known = new HashMap<>();
        list.forEach(c -> known.put(c.getId(), c));
        Set<String> missing = new HashSet<>();
        list.forEach(c -> c.ancestorIds().stream().filter(a -> !known.containsKey(a)).forEach(missing::add));
        customers.findAllById(missing).forEach(c -> known.put(c.getId(), c));

        Map<String, Account> accountsById = byId(accounts.findAllById(
                list.stream().map(Customer::getAccountId).collect(Collectors.toSet())), Account::id);
        Map<String, Tag> tagsById = byId(tags.findAllById(
                list.stream().flatMap(c -> c.getTagIds().stream()).collect(Collectors.toSet())), Tag::id);

        List<CustomerDetails> result = new ArrayList<>(list.size());
        for (Customer c : list) {
            List<Customer> line = new ArrayList<>();
            c.ancestorIds().stream().map(known::get).filter(a -> a != null).forEach(line::add);
            line.add(c);
            Account account = accountsById.get(c.getAccountId());
            List<Tag> customerTags = c.getTagIds().stream().map(tagsById::get).filter(t -> t != null)
                    .sorted(Comparator.comparing(Tag::name, String.CASE_INSENSITIVE_ORDER)).toList();
            result.add(new CustomerDetails(c, account == null ? null : account.name(),
                    line.stream().map(a -> new Crumb(a.getId(), a.getName())).toList(), customerTags,
                    effectiveBilling(line, account), effectiveAppSettings(line)));
        }
        return result;
    }

    private static Inherited<BillingSettings> effectiveBilling(List<Customer> line, Account account) {
        for (int i = line.size() - 1; i >= 0; i--) {
            Customer c = line.get(i);
            if (c.isOverrideBillingSettings() && c.getBillingSettings() != null) {
                return new Inherited<>(c.getBillingSettings(), c.getId(), c.getName());
            }
        }
        return new Inherited<>(account == null ? BillingSettings.FREE : account.defaultBillingSettings(), null,
                account == null ? null : account.name());
    }

    private static Inherited<AppSettings> effectiveAppSettings(List<Customer> line) {
        for (int i = line.size() - 1; i >= 0; i--) {
            Customer c = line.get(i);
            if (c.isOverrideAppSettings() && c.getAppSettings() != null) {
                return new Inherited<>(c.getAppSettings(), c.getId(), c.getName());
            }
        }
        return new Inherited<>(AppSettings.DEFAULTS, null, null);
    }

    private static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
