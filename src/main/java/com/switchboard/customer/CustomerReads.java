package com.switchboard.customer;

import com.switchboard.account.Account;
import com.switchboard.account.AccountRepository;
import com.switchboard.account.BillingSettings;
import com.switchboard.customer.CustomerDetails.Crumb;
import com.switchboard.customer.CustomerDetails.Inherited;
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

    private final CustomerRepository customers;
    private final TagRepository tags;
    private final AccountRepository accounts;
    private final CustomerAccessPolicy policy;

    CustomerReads(CustomerRepository customers, TagRepository tags, AccountRepository accounts,
            CustomerAccessPolicy policy) {
        this.customers = customers;
        this.tags = tags;
        this.accounts = accounts;
        this.policy = policy;
    }

    /** The customer, when {@code user} may see it; {@link CustomerNotFoundException} otherwise. */
    Customer visible(SignedInUser user, String id) {
        return customers.findById(id)
                .filter(c -> policy.canSee(user, c))
                .orElseThrow(() -> new CustomerNotFoundException(id));
    }

    CustomerDetails details(Customer customer) {
        return details(List.of(customer)).get(0);
    }

    /** Adds what is derived on read, with one query per kind of data for the whole list. */
    List<CustomerDetails> details(List<Customer> list) {
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

    static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
