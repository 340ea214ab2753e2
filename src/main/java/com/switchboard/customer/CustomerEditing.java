package com.switchboard.customer;

import com.switchboard.account.AccountRepository;
import com.switchboard.account.CustomerFieldRules;
import com.switchboard.account.CustomerFieldSchema;
import com.switchboard.account.CustomerFields;
import com.switchboard.base.domain.JsonDocuments;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.domain.ValidationException.FieldError;
import com.switchboard.customer.CustomerAccessPolicy.Action;
import com.switchboard.base.domain.Channel;
import com.switchboard.security.CurrentUser;
import com.switchboard.security.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
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

    /** The name of the unique index on {@code (account_id, reference_id_lower)} (migration V007). */
    static final String REFERENCE_ID_INDEX = "ux_customer_account_reference";

    private final CustomerRepository customers;
    private final TagRepository tags;
    private final AccountRepository accounts;
    private final CustomerAccessPolicy policy;
    private final CustomerReads reads;
    private final CustomerChangeLog log;
    private final CurrentUser currentUser;
    private final CustomerFieldSchema schema;

    CustomerEditing(CustomerRepository customers, TagRepository tags, AccountRepository accounts,
            CustomerAccessPolicy policy, CustomerReads reads, CustomerChangeLog log, CurrentUser currentUser,
            CustomerFieldSchema schema) {
        this.schema = schema;
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
        if (!policy.managesAnyAccount(user)) {
            throw new AccessDeniedException("Only managers of the account can create customers in it");
        }
        if (request.accountId() == null || request.accountId().isBlank()) {
            throw new ValidationException("accountId", "Choose an account");
        }
        // An account the user does not manage reads like one that does not exist.
        if (accounts.findById(request.accountId()).isEmpty() || !policy.mayManageAccount(user, request.accountId())) {
            throw new ValidationException("accountId", "You manage no account with the ID '" + request.accountId() + "'");
        }
        Customer parent = null;
        if (request.parentCustomerId() != null) {
            try {
                parent = reads.visible(user, request.parentCustomerId());
            } catch (CustomerNotFoundException e) {
                throw new ValidationException("parentCustomerId", e.getMessage());
            }
        }
        List<FieldError> problems = new ArrayList<>();
        String name = valid(problems, () -> Customer.normalizeName(request.name())) ? request.name() : "-";
        Customer c = Customer.create(UUID.randomUUID().toString(), request.accountId(), parent, name, log.now(),
                user.username());
        String referenceId = blankToNull(request.referenceId());
        valid(problems, () -> {
            CustomerValidation.referenceId(referenceId);
            requireUniqueReferenceId(c, referenceId);
        });
        CustomerFields fields = schema.of(request.accountId());
        CustomerData data = withDefaults(fields, request.data());
        if (valid(problems, () -> CustomerValidation.data(data))) {
            problems.addAll(CustomerFieldRules.problems(fields, values(data)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        c.setReferenceId(referenceId);
        c.setData(data);
        save(c);
        CustomerChangeLog.Entry entry = log.entry(c, user, channel).field("created", null, c.getName());
        if (referenceId != null) {
            entry.field("referenceId", null, referenceId);
        }
        if (data != null) {
            entry.field("data", null, json(data));
        }
        entry.write();
        return reads.details(c);
    }

    /**
     * Saves an edit made from version {@code expectedVersion}. Refuses with
     * {@link OptimisticLockingFailureException} when the customer changed since, with
     * {@link ValidationException} naming every invalid field, with {@link AccessDeniedException} for a
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
        return apply(user, c, edit, channel);
    }

    /**
     * Changes the customer as it is now: {@code change} gets its current state and returns the edit,
     * in the same transaction as the save. The fields {@code change} leaves as they are stay untouched;
     * a concurrent change between the read and the save refuses with
     * {@link OptimisticLockingFailureException}. Otherwise as {@link #update}.
     */
    @Transactional
    public CustomerDetails patch(String id, UnaryOperator<CustomerEdit> change, Channel channel) {
        SignedInUser user = currentUser.require();
        Customer c = reads.visible(user, id);
        return apply(user, c, change.apply(CustomerEdit.of(c)), channel);
    }

    private CustomerDetails apply(SignedInUser user, Customer c, CustomerEdit edit, Channel channel) {
        CustomerEdit before = CustomerEdit.of(c);
        CustomerChangeLog.Entry entry = log.entry(c, user, channel);
        List<FieldError> problems = new ArrayList<>();
        Recorder record = (field, action, oldValue, newValue) -> {
            policy.require(user, action, c);
            entry.field(field, oldValue, newValue);
        };

        String name = edit.name() == null ? "" : edit.name().strip();
        if (!name.equals(before.name())) {
            record.change("name", Action.EDIT_GENERAL, before.name(), name);
            if (valid(problems, () -> Customer.normalizeName(name))) {
                c.setName(name);
            }
        }
        String referenceId = blankToNull(edit.referenceId());
        if (!Objects.equals(referenceId, before.referenceId())) {
            record.change("referenceId", Action.EDIT_GENERAL, before.referenceId(), referenceId);
            if (valid(problems, () -> {
                CustomerValidation.referenceId(referenceId);
                requireUniqueReferenceId(c, referenceId);
            })) {
                c.setReferenceId(referenceId);
            }
        }
        String oldPath = c.getPath();
        if (!Objects.equals(edit.parentCustomerId(), before.parentCustomerId())) {
            record.change("parentCustomerId", Action.MOVE, before.parentCustomerId(), edit.parentCustomerId());
            valid(problems, () -> {
                Customer parent = null;
                if (edit.parentCustomerId() != null) {
                    try {
                        parent = reads.visible(user, edit.parentCustomerId());
                    } catch (CustomerNotFoundException e) {
                        throw new ValidationException("parentCustomerId", e.getMessage());
                    }
                }
                c.moveUnder(parent);
            });
        }
        if (!edit.tagIds().equals(before.tagIds())) {
            Map<String, Tag> catalogue = CustomerReads.byId(tags.findByAccountIdOrderByName(c.getAccountId()), Tag::id);
            record.change("tags", Action.EDIT_TAGS, tagNames(before.tagIds(), catalogue),
                    tagNames(edit.tagIds(), catalogue));
            if (catalogue.keySet().containsAll(edit.tagIds())) {
                c.setTagIds(edit.tagIds());
            } else {
                problems.add(new FieldError("tagIds", "A tag is not in the account's catalogue"));
            }
        }
        if (!Objects.equals(edit.data(), before.data())) {
            record.change("data", Action.EDIT_DATA, json(before.data()), json(edit.data()));
            if (valid(problems, () -> CustomerValidation.data(edit.data()))) {
                List<FieldError> schemaProblems = CustomerFieldRules.problems(schema.of(c.getAccountId()),
                        values(edit.data()));
                problems.addAll(schemaProblems);
                if (schemaProblems.isEmpty()) {
                    c.setData(edit.data());
                }
            }
        }
        if (!Objects.equals(edit.integrationData(), before.integrationData())) {
            record.change("integrationData", Action.EDIT_INTEGRATIONS, json(before.integrationData()),
                    json(edit.integrationData()));
            if (valid(problems, () -> CustomerValidation.integrationData(edit.integrationData()))) {
                c.setIntegrationData(edit.integrationData());
            }
        }
        if (edit.overrideBillingSettings() != before.overrideBillingSettings()
                || !Objects.equals(edit.billingSettings(), before.billingSettings())) {
            if (edit.overrideBillingSettings() != before.overrideBillingSettings()) {
                record.change("overrideBillingSettings", Action.EDIT_BILLING, before.overrideBillingSettings(),
                        edit.overrideBillingSettings());
            }
            if (!Objects.equals(edit.billingSettings(), before.billingSettings())) {
                record.change("billingSettings", Action.EDIT_BILLING, json(before.billingSettings()),
                        json(edit.billingSettings()));
            }
            if (valid(problems, () -> CustomerValidation.billing(edit.overrideBillingSettings(),
                    edit.billingSettings()))) {
                c.setBillingSettings(edit.overrideBillingSettings(), edit.billingSettings());
            }
        }
        if (edit.overrideAppSettings() != before.overrideAppSettings()
                || !Objects.equals(edit.appSettings(), before.appSettings())) {
            if (edit.overrideAppSettings() != before.overrideAppSettings()) {
                record.change("overrideAppSettings", Action.EDIT_APP_SETTINGS, before.overrideAppSettings(),
                        edit.overrideAppSettings());
            }
            if (!Objects.equals(edit.appSettings(), before.appSettings())) {
                record.change("appSettings", Action.EDIT_APP_SETTINGS, json(before.appSettings()),
                        json(edit.appSettings()));
            }
            if (valid(problems, () -> CustomerValidation.appSettings(edit.overrideAppSettings(),
                    edit.appSettings()))) {
                c.setAppSettings(edit.overrideAppSettings(), edit.appSettings());
            }
        }
        if (!Objects.equals(edit.schedule(), before.schedule())) {
            record.change("schedule", Action.EDIT_SCHEDULE, json(before.schedule()), json(edit.schedule()));
            if (valid(problems, () -> CustomerSchedules.validate(edit.schedule(), c.getParentCustomerId() != null))) {
                c.setSchedule(edit.schedule());
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (entry.isEmpty()) {
            return reads.details(c);
        }
        if (!oldPath.equals(c.getPath())) {
            customers.movePaths(oldPath, oldPath.length(), c.getPath());
        }
        c.touch(entry.at(), user.username());
        Customer saved = save(c);
        entry.write();
        return reads.details(saved);
    }

    /**
     * Deletes a customer without children, as of version {@code expectedVersion}; refuses with
     * {@link CustomerHasChildrenException} while it has any.
     */
    @Transactional
    public void delete(String id, long expectedVersion, Channel channel) {
        SignedInUser user = currentUser.require();
        Customer c = reads.visible(user, id);
        policy.require(user, Action.DELETE, c);
        if (c.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Customer " + id + " changed since version " + expectedVersion);
        }
        remove(user, c, channel);
    }

    /** Deletes a customer without children as it is now; refuses with {@link CustomerHasChildrenException}. */
    @Transactional
    public void delete(String id, Channel channel) {
        SignedInUser user = currentUser.require();
        Customer c = reads.visible(user, id);
        policy.require(user, Action.DELETE, c);
        remove(user, c, channel);
    }

    private void remove(SignedInUser user, Customer c, Channel channel) {
        long children = customers.countByParentCustomerId(c.getId());
        if (children > 0) {
            throw new CustomerHasChildrenException(c.getName(), children);
        }
        try {
            customers.delete(c);
        } catch (RuntimeException e) {
            // something else still refers to the customer (a portal user): refused as such
            DataIntegrityViolationException violation = integrityViolation(e);
            throw violation != null ? violation : e;
        }
        log.entry(c, user, channel).field("deleted", c.getName(), null).write();
    }

    private void requireUniqueReferenceId(Customer c, String referenceId) {
        if (referenceId != null
                && customers.countReferenceIdUses(c.getAccountId(), referenceId.toLowerCase(Locale.ROOT), c.getId()) > 0) {
            throw duplicateReferenceId(referenceId);
        }
    }

    private static ValidationException duplicateReferenceId(String referenceId) {
        return new ValidationException("referenceId",
                "Another customer of this account already has the reference id '" + referenceId + "'");
    }

    /** Saves, turning a collision on the unique reference id index (two saves racing) into the field error. */
    private Customer save(Customer c) {
        try {
            return customers.save(c);
        } catch (RuntimeException e) {
            if (isReferenceIdCollision(e)) {
                throw duplicateReferenceId(c.getReferenceId());
            }
            throw e;
        }
    }

    /** Did a write fail on the unique index of reference ids within an account? */
    static boolean isReferenceIdCollision(Throwable e) {
        DataIntegrityViolationException violation = integrityViolation(e);
        return violation != null && String.valueOf(violation.getMostSpecificCause().getMessage())
                .toLowerCase(Locale.ROOT).contains(REFERENCE_ID_INDEX);
    }

    /** The integrity violation behind a failed write (Spring Data JDBC wraps it in its action's failure). */
    private static DataIntegrityViolationException integrityViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataIntegrityViolationException violation) {
                return violation;
            }
        }
        return null;
    }

    private static boolean valid(List<FieldError> problems, Runnable validation) {
        try {
            validation.run();
            return true;
        } catch (ValidationException e) {
            problems.addAll(e.errors());
            return false;
        }
    }

    @FunctionalInterface
    private interface Recorder {
        void change(String field, Action action, Object oldValue, Object newValue);
    }

    static String tagNames(Set<String> ids, Map<String, Tag> catalogue) {
        return ids.stream().map(id -> catalogue.containsKey(id) ? catalogue.get(id).name() : id).sorted()
                .collect(Collectors.joining(", "));
    }

    /** The data with the schema's default of every field it lacks (none to add: as given). */
    private static CustomerData withDefaults(CustomerFields schema, CustomerData data) {
        var filled = CustomerFieldRules.withDefaults(schema, values(data));
        return filled == null || (data != null && filled == data.values()) ? data : new CustomerData(filled);
    }

    private static Map<String, com.switchboard.base.domain.DataValue> values(CustomerData data) {
        return data == null ? null : data.values();
    }

    private static String json(Object document) {
        return document == null ? null : JsonDocuments.toJson(document);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
