package com.switchboard.customer;

import com.switchboard.account.Account;
import com.switchboard.account.BillingSettings;
import com.switchboard.customer.CustomerDetails.Crumb;
import com.switchboard.customer.CustomerDetails.Inherited;
import com.switchboard.customer.CustomerRows.Ancestor;
import com.switchboard.security.SignedInUser;
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
import org.springframework.stereotype.Component;

/**
 * What the customer services share for reading: a customer as the user may see it, and the read
 * model ({@link CustomerDetails}) with what is derived from the ancestors.
 */
@Component
class CustomerReads {

    private final CustomerRows rows;
    private final CustomerAccessPolicy policy;

    CustomerReads(CustomerRows rows, CustomerAccessPolicy policy) {
        this.rows = rows;
        this.policy = policy;
    }

    /** The customer, when {@code user} may see it; {@link CustomerNotFoundException} otherwise. */
    Customer visible(SignedInUser user, String id) {
        return rows.find(id)
                .filter(c -> policy.canSee(user, c))
                .orElseThrow(() -> new CustomerNotFoundException(id));
    }

    /** The customer as stored now, whoever may see it; {@link CustomerNotFoundException} when it is gone. */
    Customer current(String id) {
        return rows.find(id).orElseThrow(() -> new CustomerNotFoundException(id));
    }

    /**
     * The customer as stored now, locked until the transaction ends: what a change made in this
     * transaction answers is then what it committed. {@link CustomerNotFoundException} when it is gone.
     */
    Customer locked(String id) {
        return rows.findLocked(id).orElseThrow(() -> new CustomerNotFoundException(id));
    }

    /** The customers of {@code ids} that exist, in no particular order. */
    List<Customer> all(Collection<String> ids) {
        return rows.findAll(ids);
    }

    CustomerDetails details(Customer customer) {
        return details(List.of(customer)).get(0);
    }

    /** Adds what is derived on read, with one query per kind of data for the whole list. */
    List<CustomerDetails> details(List<Customer> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<String, Ancestor> known = new HashMap<>();
        list.forEach(c -> known.put(c.getId(), Ancestor.of(c)));
        Set<String> missing = new HashSet<>();
        list.forEach(c -> c.ancestorIds().stream().filter(a -> !known.containsKey(a)).forEach(missing::add));
        rows.ancestors(missing).forEach(a -> known.put(a.id(), a));

        Map<String, Account> accountsById = byId(rows.accounts(
                list.stream().map(Customer::getAccountId).collect(Collectors.toSet())), Account::id);
        Map<String, Tag> tagsById = byId(rows.tags(
                list.stream().flatMap(c -> c.getTagIds().stream()).collect(Collectors.toSet())), Tag::id);

        List<CustomerDetails> result = new ArrayList<>(list.size());
        for (Customer c : list) {
            List<Ancestor> ancestors = new ArrayList<>();
            c.ancestorIds().stream().map(known::get).filter(a -> a != null).forEach(ancestors::add);
            Account account = accountsById.get(c.getAccountId());
            List<Tag> customerTags = c.getTagIds().stream().map(tagsById::get).filter(t -> t != null)
                    .sorted(Comparator.comparing(Tag::name, String.CASE_INSENSITIVE_ORDER)).toList();
            List<Crumb> breadcrumb = new ArrayList<>(ancestors.size() + 1);
            ancestors.forEach(a -> breadcrumb.add(new Crumb(a.id(), a.name())));
            breadcrumb.add(new Crumb(c.getId(), c.getName()));
            result.add(new CustomerDetails(c, account == null ? null : account.name(), List.copyOf(breadcrumb),
                    customerTags, inheritedBilling(ancestors, account), inheritedAppSettings(ancestors)));
        }
        return result;
    }

    /** The billing settings of the nearest ancestor that overrides, else the account's. */
    private static Inherited<BillingSettings> inheritedBilling(List<Ancestor> ancestors, Account account) {
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Ancestor a = ancestors.get(i);
            if (a.billingSettings() != null) {
                return new Inherited<>(a.billingSettings(), a.id(), a.name());
            }
        }
        return new Inherited<>(account == null ? BillingSettings.FREE : account.defaultBillingSettings(), null,
                account == null ? null : account.name());
    }

    /** The app settings of the nearest ancestor that overrides, else the system defaults. */
    private static Inherited<AppSettings> inheritedAppSettings(List<Ancestor> ancestors) {
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Ancestor a = ancestors.get(i);
            if (a.appSettings() != null) {
                return new Inherited<>(a.appSettings(), a.id(), a.name());
            }
        }
        return new Inherited<>(AppSettings.DEFAULTS, null, null);
    }

    static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
