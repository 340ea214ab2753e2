package com.switchboard.customer;

import com.switchboard.account.Account;
import com.switchboard.account.AccountRepository;
import com.switchboard.account.BillingSettings;
import com.switchboard.base.domain.JsonDocuments;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.customer.CustomerAccessPolicy.Action;
import com.switchboard.customer.CustomerChange.Channel;
import com.switchboard.customer.CustomerDetails.Crumb;
import com.switchboard.customer.CustomerDetails.Inherited;
import com.switchboard.security.SignedInUser;
import com.switchboard.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.io.IOException;
import java.io.Writer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate transactions;

    CustomerService(CustomerRepository customers, CustomerQueries queries, CustomerChangeRepository changes,
            TagRepository tags, AccountRepository accounts, CustomerAccessPolicy policy, CurrentUser currentUser,
            Clock clock, PlatformTransactionManager transactionManager) {
        this.customers = customers;
        this.queries = queries;
        this.changes = changes;
        this.tags = tags;
        this.accounts = accounts;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** One customer the user may see; {@link CustomerNotFoundException} otherwise. */
    public CustomerDetails get(String id) {
        SignedInUser user = currentUser.require();
        return details(List.of(visible(user, id))).get(0);
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
        Map<String, Customer> byId = customers.findAllById(ids).stream()
                .collect(Collectors.toMap(Customer::getId, Function.identity()));
        return details(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    /**
     * Routes a customer's phone numbers to the staging server (true) or to production (false). The
     * change is one atomic statement that bumps the version and stamps the modification; a flip that
     * changed the flag writes one history entry. Setting the value it already has changes nothing.
     */
    @Transactional
    public CustomerDetails setStaging(String id, boolean staging, Channel channel) {
        SignedInUser user = currentUser.require();
        Customer c = visible(user, id);
        if (!policy.may(user, Action.FLIP_STAGING, c)) {
            throw new AccessDeniedException(policy.refusal(user, Action.FLIP_STAGING, c));
        }
        Instant now = now();
        if (customers.updateStaging(id, staging, now, user.username()) == 1) {
            changes.save(CustomerChange.of(id, now, user.username(), channel, "isStaging", !staging, staging));
        }
        return details(List.of(customers.findById(id).orElseThrow(() -> new CustomerNotFoundException(id)))).get(0);
    }

    /**
     * Flips many customers, each in a transaction of its own so that one refusal does not undo the
     * others; {@code progress} hears how many are done after each one.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkResult setStagingMany(List<String> ids, boolean staging, Channel channel, IntConsumer progress) {
        SignedInUser user = currentUser.require();
        int changed = 0;
        int unchanged = 0;
        List<BulkResult.Refusal> refused = new ArrayList<>();
        int done = 0;
        for (String id : ids) {
            try {
                Boolean flipped = transactions.execute(status -> {
                    Customer c = visible(user, id);
                    if (!policy.may(user, Action.FLIP_STAGING, c)) {
                        throw new AccessDeniedException(policy.refusal(user, Action.FLIP_STAGING, c));
                    }
                    Instant now = now();
                    if (customers.updateStaging(id, staging, now, user.username()) == 1) {
                        changes.save(CustomerChange.of(id, now, user.username(), channel, "isStaging", !staging,
                                staging));
                        return true;
                    }
                    return false;
                });
                if (Boolean.TRUE.equals(flipped)) {
                    changed++;
                } else {
                    unchanged++;
                }
            } catch (CustomerNotFoundException e) {
                refused.add(new BulkResult.Refusal(id, "Not found"));
            } catch (AccessDeniedException e) {
                refused.add(new BulkResult.Refusal(id, e.getMessage()));
            }
            progress.accept(++done);
        }
        return new BulkResult(changed, unchanged, refused);
    }

    /** Creates a customer in an account the user manages, under a parent of that account. */
    @Transactional
    public CustomerDetails create(NewCustomer request, Channel channel) {
        SignedInUser user = currentUser.require();
        if (request.accountId() == null || accounts.findById(request.accountId()).isEmpty()) {
            throw new ValidationException("accountId", "Choose an account");
        }
        if (!policy.mayManageAccount(user, request.accountId())) {
            throw new AccessDeniedException("Only managers of the account can create customers in it");
        }
        Customer parent = request.parentCustomerId() == null ? null : visible(user, request.parentCustomerId());
        Instant now = now();
        Customer c = Customer.create(UUID.randomUUID().toString(), request.accountId(), parent, request.name(), now,
                user.username());
        c.setReferenceId(CustomerValidation.referenceId(request.referenceId()));
        customers.save(c);
        changes.save(CustomerChange.of(c.getId(), now, user.username(), channel, "created", null, c.getName()));
        return details(List.of(c)).get(0);
    }

    /**
     * Saves an edit made from version {@code expectedVersion}. Refuses with
     * {@link OptimisticLockingFailureException} when the customer changed since, with
     * {@link ValidationException} for invalid values, with {@link AccessDeniedException} for a
     * section the user may not change; a refused edit changes nothing. Each changed field is one
     * history entry.
     */
    @Transactional
    public CustomerDetails update(String id, long expectedVersion, CustomerEdit edit, Channel channel) {
        SignedInUser user = currentUser.require();
        Customer c = visible(user, id);
        if (c.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Customer " + id + " changed since version " + expectedVersion);
        }
        CustomerEdit before = CustomerEdit.of(c);
        List<CustomerChange> diff = new ArrayList<>();
        Instant now = now();
        Recorder record = (field, action, oldValue, newValue) -> {
            if (!policy.may(user, action, c)) {
                throw new AccessDeniedException(policy.refusal(user, action, c));
            }
            diff.add(CustomerChange.of(id, now, user.username(), channel, field, oldValue, newValue));
        };

        String name = Customer.normalizeName(edit.name());
        if (!name.equals(before.name())) {
            record.change("name", Action.EDIT_GENERAL, before.name(), name);
            c.setName(name);
        }
        String referenceId = blankToNull(CustomerValidation.referenceId(edit.referenceId()));
        if (!Objects.equals(referenceId, before.referenceId())) {
            record.change("referenceId", Action.EDIT_GENERAL, before.referenceId(), referenceId);
            c.setReferenceId(referenceId);
        }
        String oldPath = c.getPath();
        if (!Objects.equals(edit.parentCustomerId(), before.parentCustomerId())) {
            Customer parent = edit.parentCustomerId() == null ? null : visible(user, edit.parentCustomerId());
            record.change("parentCustomerId", Action.MOVE, before.parentCustomerId(), edit.parentCustomerId());
            c.moveUnder(parent);
        }
        if (!edit.tagIds().equals(before.tagIds())) {
            Map<String, Tag> catalogue = byId(tags.findByAccountIdOrderByName(c.getAccountId()), Tag::id);
            if (!catalogue.keySet().containsAll(edit.tagIds())) {
                throw new ValidationException("tagIds", "A tag is not in the account's catalogue");
            }
            record.change("tags", Action.EDIT_TAGS, tagNames(before.tagIds(), catalogue),
                    tagNames(edit.tagIds(), catalogue));
            c.setTagIds(edit.tagIds());
        }
        if (!Objects.equals(edit.data(), before.data())) {
            CustomerValidation.data(edit.data());
            record.change("data", Action.EDIT_DATA, json(before.data()), json(edit.data()));
            c.setData(edit.data());
        }
        if (!Objects.equals(edit.integrationData(), before.integrationData())) {
            CustomerValidation.integrationData(edit.integrationData());
            record.change("integrationData", Action.EDIT_INTEGRATIONS, json(before.integrationData()),
                    json(edit.integrationData()));
            c.setIntegrationData(edit.integrationData());
        }
        if (edit.overrideBillingSettings() != before.overrideBillingSettings()
                || !Objects.equals(edit.billingSettings(), before.billingSettings())) {
            CustomerValidation.billing(edit.overrideBillingSettings(), edit.billingSettings());
            if (edit.overrideBillingSettings() != before.overrideBillingSettings()) {
                record.change("overrideBillingSettings", Action.EDIT_BILLING, before.overrideBillingSettings(),
                        edit.overrideBillingSettings());
            }
            if (!Objects.equals(edit.billingSettings(), before.billingSettings())) {
                record.change("billingSettings", Action.EDIT_BILLING, json(before.billingSettings()),
                        json(edit.billingSettings()));
            }
            c.setBillingSettings(edit.overrideBillingSettings(), edit.billingSettings());
        }
        if (edit.overrideAppSettings() != before.overrideAppSettings()
                || !Objects.equals(edit.appSettings(), before.appSettings())) {
            CustomerValidation.appSettings(edit.overrideAppSettings(), edit.appSettings());
            if (edit.overrideAppSettings() != before.overrideAppSettings()) {
                record.change("overrideAppSettings", Action.EDIT_APP_SETTINGS, before.overrideAppSettings(),
                        edit.overrideAppSettings());
            }
            if (!Objects.equals(edit.appSettings(), before.appSettings())) {
                record.change("appSettings", Action.EDIT_APP_SETTINGS, json(before.appSettings()),
                        json(edit.appSettings()));
            }
            c.setAppSettings(edit.overrideAppSettings(), edit.appSettings());
        }
        if (!Objects.equals(edit.schedule(), before.schedule())) {
            CustomerSchedules.validate(edit.schedule(), c.getParentCustomerId() != null);
            record.change("schedule", Action.EDIT_SCHEDULE, json(before.schedule()), json(edit.schedule()));
            c.setSchedule(edit.schedule());
        }
        if (diff.isEmpty()) {
            return details(List.of(c)).get(0);
        }
        if (!oldPath.equals(c.getPath())) {
            customers.movePaths(oldPath, oldPath.length(), c.getPath());
        }
        c.touch(now, user.username());
        Customer saved = customers.save(c);
        changes.saveAll(diff);
        return details(List.of(saved)).get(0);
    }

    /** Deletes a customer without children; refuses while it has any. */
    @Transactional
    public void delete(String id, long expectedVersion, Channel channel) {
        SignedInUser user = currentUser.require();
        Customer c = visible(user, id);
        if (!policy.may(user, Action.DELETE, c)) {
            throw new AccessDeniedException(policy.refusal(user, Action.DELETE, c));
        }
        if (c.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Customer " + id + " changed since version " + expectedVersion);
        }
        long children = customers.countByParentCustomerId(id);
        if (children > 0) {
            throw new ValidationException(null, c.getName() + " has " + children + (children == 1 ? " child" : " children")
                    + "; move or delete them first");
        }
        customers.delete(c);
        changes.save(CustomerChange.of(id, now(), user.username(), channel, "deleted", c.getName(), null));
    }

    /** The direct children of a customer the user may see, by name. */
    public List<CustomerDetails.Crumb> children(String id) {
        SignedInUser user = currentUser.require();
        visible(user, id);
        return list(new CustomerFilter(null, null, null, Set.of(id), true, null, null, null), CustomerSort.BY_NAME, 0,
                MAX_PAGE_SIZE).items().stream().map(d -> new CustomerDetails.Crumb(d.id(), d.customer().getName()))
                .toList();
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
        String excluded = customerId == null ? null : visible(user, customerId).getPath();
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
     * Writes the customers that pass {@code filter} as CSV (RFC 4180, a header row first), reading
     * a page at a time.
     */
    public void exportCsv(CustomerFilter filter, CustomerSort sort, Writer out) throws IOException {
        out.write("id,name,referenceId,account,parentCustomerId,path,tags,isStaging,dateCreated,dateLastModified,"
                + "lastModifiedBy\r\n");
        for (int page = 0; ; page++) {
            PageResult<CustomerDetails> result = list(filter, sort, page, MAX_PAGE_SIZE);
            for (CustomerDetails d : result.items()) {
                Customer c = d.customer();
                out.write(String.join(",", csv(c.getId()), csv(c.getName()), csv(c.getReferenceId()),
                        csv(d.accountName()), csv(c.getParentCustomerId()),
                        csv(d.breadcrumb().stream().map(CustomerDetails.Crumb::name).collect(Collectors.joining(" / "))),
                        csv(d.tags().stream().map(Tag::name).collect(Collectors.joining("; "))),
                        Boolean.toString(c.isStaging()), csv(c.getDateCreated().toString()),
                        csv(c.getDateLastModified().toString()), csv(c.getLastModifiedBy())));
                out.write("\r\n");
            }
            if (!result.hasMorePages()) {
                break;
            }
        }
        out.flush();
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    @FunctionalInterface
    private interface Recorder {
        void change(String field, Action action, Object oldValue, Object newValue);
    }

    private static String tagNames(Set<String> ids, Map<String, Tag> catalogue) {
        return ids.stream().map(id -> catalogue.containsKey(id) ? catalogue.get(id).name() : id).sorted()
                .collect(Collectors.joining(", "));
    }

    private static String json(Object document) {
        return document == null ? null : JsonDocuments.toJson(document);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
                    inheritedBilling(line, account), inheritedAppSettings(line)));
        }
        return result;
    }

    /** The billing settings of the nearest ancestor that overrides, else the account's. */
    private static Inherited<BillingSettings> inheritedBilling(List<Customer> line, Account account) {
        for (int i = line.size() - 2; i >= 0; i--) {
            Customer c = line.get(i);
            if (c.isOverrideBillingSettings() && c.getBillingSettings() != null) {
                return new Inherited<>(c.getBillingSettings(), c.getId(), c.getName());
            }
        }
        return new Inherited<>(account == null ? BillingSettings.FREE : account.defaultBillingSettings(), null,
                account == null ? null : account.name());
    }

    /** The app settings of the nearest ancestor that overrides, else the system defaults. */
    private static Inherited<AppSettings> inheritedAppSettings(List<Customer> line) {
        for (int i = line.size() - 2; i >= 0; i--) {
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
