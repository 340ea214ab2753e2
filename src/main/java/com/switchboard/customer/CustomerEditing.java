package com.switchboard.customer;

import com.switchboard.account.AccountRepository;
import com.switchboard.base.domain.JsonDocuments;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.customer.CustomerAccessPolicy.Action;
import com.switchboard.customer.CustomerChange.Channel;
import com.switchboard.security.CurrentUser;
import com.switchboard.security.SignedInUser;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, editing and deleting customers. Each method is one transaction that asks the
 * {@link CustomerAccessPolicy} for every section it changes and writes one history entry per
 * changed field; a refused change changes nothing.
 */
@Service
public class CustomerEditing {

    private final CustomerRepository customers;
    private final TagRepository tags;
    private final AccountRepository accounts;
    private final CustomerAccessPolicy policy;
    private final CustomerReads reads;
    private final CustomerChangeLog log;
    private final CurrentUser currentUser;

    CustomerEditing(CustomerRepository customers, TagRepository tags, AccountRepository accounts,
            CustomerAccessPolicy policy, CustomerReads reads, CustomerChangeLog log, CurrentUser currentUser) {
        this.customers = customers;
        this.tags = tags;
        this.accounts = accounts;
        this.policy = policy;
        this.reads = reads;
        this.log = log;
        this.currentUser = currentUser;
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
        Customer parent = request.parentCustomerId() == null ? null : reads.visible(user, request.parentCustomerId());
        Customer c = Customer.create(UUID.randomUUID().toString(), request.accountId(), parent, request.name(),
                log.now(), user.username());
        c.setReferenceId(CustomerValidation.referenceId(request.referenceId()));
        customers.save(c);
        log.entry(c, user, channel).field("created", null, c.getName()).write();
        return reads.details(c);
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
        Customer c = reads.visible(user, id);
        if (c.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Customer " + id + " changed since version " + expectedVersion);
        }
        CustomerEdit before = CustomerEdit.of(c);
        CustomerChangeLog.Entry entry = log.entry(c, user, channel);
        Recorder record = (field, action, oldValue, newValue) -> {
            policy.require(user, action, c);
            entry.field(field, oldValue, newValue);
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
            Customer parent = edit.parentCustomerId() == null ? null : reads.visible(user, edit.parentCustomerId());
            record.change("parentCustomerId", Action.MOVE, before.parentCustomerId(), edit.parentCustomerId());
            c.moveUnder(parent);
        }
        if (!edit.tagIds().equals(before.tagIds())) {
            Map<String, Tag> catalogue = CustomerReads.byId(tags.findByAccountIdOrderByName(c.getAccountId()), Tag::id);
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
        if (entry.isEmpty()) {
            return reads.details(c);
        }
        if (!oldPath.equals(c.getPath())) {
            customers.movePaths(oldPath, oldPath.length(), c.getPath());
        }
        c.touch(entry.at(), user.username());
        Customer saved = customers.save(c);
        entry.write();
        return reads.details(saved);
    }

    /** Deletes a customer without children; refuses while it has any. */
    @Transactional
    public void delete(String id, long expectedVersion, Channel channel) {
        SignedInUser user = currentUser.require();
        Customer c = reads.visible(user, id);
        policy.require(user, Action.DELETE, c);
        if (c.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Customer " + id + " changed since version " + expectedVersion);
        }
        long children = customers.countByParentCustomerId(id);
        if (children > 0) {
            throw new ValidationException(null, c.getName() + " has " + children + (children == 1 ? " child" : " children")
                    + "; move or delete them first");
        }
        customers.delete(c);
        log.entry(c, user, channel).field("deleted", c.getName(), null).write();
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
}
