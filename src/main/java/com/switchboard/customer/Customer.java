package com.switchboard.customer;

import com.switchboard.account.BillingSettings;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.schedule.Schedule;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer of an account: the aggregate root of everything CustomerInfo carries that is stored.
 * Its place in the hierarchy is kept twice: {@code parentCustomerId}, and {@code path}, the ids of
 * its ancestors and itself root first ({@code /root/child/self/}), which makes subtree and ancestor
 * look-ups single indexed queries.
 */
@Table("customer")
public class Customer {

    public static final int MAX_NAME_LENGTH = 200;

    @Id
    private final String id;
    private final String accountId;
    private String parentCustomerId;
    private String path;
    private String name;
    private String nameLower;
    private String referenceId;
    private String referenceIdLower;
    private boolean isStaging;
    private CustomerData data;
    private IntegrationData integrationData;
    private boolean overrideBillingSettings;
    private BillingSettings billingSettings;
    private boolean overrideAppSettings;
    private AppSettings appSettings;
    private Schedule schedule;
    @MappedCollection(idColumn = "customer_id")
    private Set<TagRef> tags = new LinkedHashSet<>();
    private final Instant dateCreated;
    private Instant dateLastModified;
    private final String createdBy;
    private String lastModifiedBy;
    @Version
    private Long version;

    /** A customer's link to a tag of its account's catalogue. */
    @Table("customer_tag")
    public record TagRef(String tagId) {}

    @PersistenceCreator
    Customer(String id, String accountId, Instant dateCreated, String createdBy) {
        this.id = id;
        this.accountId = accountId;
        this.dateCreated = dateCreated;
        this.createdBy = createdBy;
    }

    /** A new customer under {@code parent} (or a root when it is null), created now by {@code user}. */
    public static Customer create(String id, String accountId, Customer parent, String name, Instant now, String user) {
        if (parent != null && !parent.accountId.equals(accountId)) {
            throw new ValidationException("parentCustomerId", "The parent customer belongs to another account");
        }
        Customer c = new Customer(id, accountId, now, user);
        c.parentCustomerId = parent == null ? null : parent.id;
        c.path = (parent == null ? "/" : parent.path) + id + "/";
        c.setName(name);
        c.dateLastModified = now;
        c.lastModifiedBy = user;
        return c;
    }

    /**
     * A customer exactly as its row holds it (the columns in table order, tags apart), for
     * {@link CustomerRows}, which maps rows itself.
     */
    static Customer restore(String id, String accountId, String parentCustomerId, String path, String name,
            String nameLower, String referenceId, String referenceIdLower, boolean isStaging, CustomerData data,
            IntegrationData integrationData, boolean overrideBillingSettings, BillingSettings billingSettings,
            boolean overrideAppSettings, AppSettings appSettings, Schedule schedule, Instant dateCreated,
            Instant dateLastModified, String createdBy, String lastModifiedBy, Long version) {
        Customer c = new Customer(id, accountId, dateCreated, createdBy);
        c.parentCustomerId = parentCustomerId;
        c.path = path;
        c.name = name;
        c.nameLower = nameLower;
        c.referenceId = referenceId;
        c.referenceIdLower = referenceIdLower;
        c.isStaging = isStaging;
        c.data = data;
        c.integrationData = integrationData;
        c.overrideBillingSettings = overrideBillingSettings;
        c.billingSettings = billingSettings;
        c.overrideAppSettings = overrideAppSettings;
        c.appSettings = appSettings;
        c.schedule = schedule;
        c.dateLastModified = dateLastModified;
        c.lastModifiedBy = lastModifiedBy;
        c.version = version;
        return c;
    }

    /** Trims and checks a customer name as {@link CustomerValidation#name} does. */
    public static String normalizeName(String name) {
        return CustomerValidation.name(name);
    }

    public void setName(String name) {
        this.name = normalizeName(name);
        this.nameLower = this.name.toLowerCase(Locale.ROOT);
    }

    public void setReferenceId(String referenceId) {
        this.referenceId = referenceId == null || referenceId.isBlank() ? null : referenceId.strip();
        this.referenceIdLower = this.referenceId == null ? null : this.referenceId.toLowerCase(Locale.ROOT);
    }

    public void setStaging(boolean staging) {
        this.isStaging = staging;
    }

    public void setData(CustomerData data) {
        this.data = data;
    }

    public void setIntegrationData(IntegrationData integrationData) {
        this.integrationData = integrationData;
    }

    public void setBillingSettings(boolean override, BillingSettings settings) {
        this.overrideBillingSettings = override;
        this.billingSettings = settings;
    }

    public void setAppSettings(boolean override, AppSettings settings) {
        this.overrideAppSettings = override;
        this.appSettings = settings;
    }

    public void setSchedule(Schedule schedule) {
        this.schedule = schedule;
    }

    public void setTagIds(Collection<String> tagIds) {
        this.tags = tagIds.stream().map(TagRef::new).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Moves this customer under {@code newParent} (null: to the root) of the same account; a
     * customer cannot move under itself or one of its descendants.
     */
    public void moveUnder(Customer newParent) {
        if (newParent != null) {
            if (!newParent.accountId.equals(accountId)) {
                throw new ValidationException("parentCustomerId", "The parent must belong to the same account");
            }
            if (newParent.path.startsWith(path)) {
                throw new ValidationException("parentCustomerId",
                        "A customer cannot be moved under itself or one of its descendants");
            }
        }
        this.parentCustomerId = newParent == null ? null : newParent.id;
        this.path = (newParent == null ? "/" : newParent.path) + id + "/";
    }

    /** Stamps the change: when and by whom the customer was last modified. */
    public void touch(Instant now, String user) {
        this.dateLastModified = now;
        this.lastModifiedBy = user;
    }

    /** The ids of the ancestors, root first, without this customer. */
    public List<String> ancestorIds() {
        List<String> ids = pathIds(path);
        return ids.subList(0, ids.size() - 1);
    }

    static List<String> pathIds(String path) {
        return List.of(path.substring(1, path.length() - 1).split("/"));
    }

    public String getId() { return id; }
    public String getAccountId() { return accountId; }
    public String getParentCustomerId() { return parentCustomerId; }
    public String getPath() { return path; }
    public String getName() { return name; }
    public String getReferenceId() { return referenceId; }
    public boolean isStaging() { return isStaging; }
    public CustomerData getData() { return data; }
    public IntegrationData getIntegrationData() { return integrationData; }
    public boolean isOverrideBillingSettings() { return overrideBillingSettings; }
    public BillingSettings getBillingSettings() { return billingSettings; }
    public boolean isOverrideAppSettings() { return overrideAppSettings; }
    public AppSettings getAppSettings() { return appSettings; }
    public Schedule getSchedule() { return schedule; }
    public Set<String> getTagIds() { return tags.stream().map(TagRef::tagId).collect(Collectors.toCollection(LinkedHashSet::new)); }
    public Instant getDateCreated() { return dateCreated; }
    public Instant getDateLastModified() { return dateLastModified; }
    public String getCreatedBy() { return createdBy; }
    public String getLastModifiedBy() { return lastModifiedBy; }
    public Long getVersion() { return version; }

    @Override
    public String toString() {
        return "Customer[" + id + ", " + name + "]";
    }
}
