package com.switchboard.customer;

import com.switchboard.account.CustomerField;
import com.switchboard.account.CustomerFieldSchema;
import com.switchboard.account.CustomerFields;
import com.switchboard.base.domain.Channel;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.domain.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's settings as one whole: its tag catalogue ({@link TagService}) and the schema of its
 * customers' custom data ({@link CustomerFieldSchema}). Everyone who sees the account reads them;
 * its managers and the administrators change them, in one transaction.
 */
@Service
@Transactional
public class AccountSettings {

    /** The settings of one account. */
    public record Settings(String accountId, List<Tag> tags, CustomerFields customerFields) {}

    private final TagService tags;
    private final CustomerFieldSchema schema;
    private final CustomerRepository customers;

    AccountSettings(TagService tags, CustomerFieldSchema schema, CustomerRepository customers) {
        this.tags = tags;
        this.schema = schema;
        this.customers = customers;
    }

    /** How many customers carry each tag of the catalogue of an account the user sees, by tag id. */
    @Transactional(readOnly = true)
    public Map<String, Integer> carriers(String accountId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tags.catalogue(accountId).forEach(t -> counts.put(t.id(), customers.findIdsByTagId(t.id()).size()));
        return counts;
    }

    /**
     * As {@link #patch(String, List, List, Channel)}, but only while the settings are still {@code basis}
     * (what the editor started from): a change made meanwhile is an {@link OptimisticLockingFailureException}
     * and this one changes nothing.
     */
    public Settings patch(String accountId, Settings basis, List<Tag> newTags, List<CustomerField> newFields,
            Channel channel) {
        schema.requireWriter(accountId);
        schema.lockSettings(accountId);
        if (!Objects.equals(read(accountId), basis)) {
            throw new OptimisticLockingFailureException("The settings of the account changed meanwhile");
        }
        return patch(accountId, newTags, newFields, channel);
    }

    /** The settings of an account the user sees; not found otherwise. */
    @Transactional(readOnly = true)
    public Settings read(String accountId) {
        CustomerFields fields = schema.read(accountId);
        return new Settings(accountId, tags.catalogue(accountId), fields);
    }

    /**
     * Replaces what is given (null leaves it as it is): the tag catalogue as {@link TagService#replace},
     * the customer fields as {@link CustomerFieldSchema#replace}. Every invalid member of both is named
     * at once, and a refusal changes nothing. Customer users are refused; an account out of reach is
     * not found.
     */
    public Settings patch(String accountId, List<Tag> newTags, List<CustomerField> newFields, Channel channel) {
        schema.requireWriter(accountId);
        schema.lockSettings(accountId);
        List<FieldError> problems = new ArrayList<>();
        if (newFields != null) {
            collect(problems, () -> schema.replace(accountId, newFields, channel));
        }
        if (newTags != null) {
            collect(problems, () -> tags.replace(accountId, newTags, channel));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return read(accountId);
    }

    private static void collect(List<FieldError> problems, Runnable change) {
        try {
            change.run();
        } catch (ValidationException e) {
            problems.addAll(e.errors());
        }
    }
}
