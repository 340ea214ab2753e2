package com.switchboard.customer.ui;

import com.switchboard.account.BillingItem;
import com.switchboard.account.BillingSettings;
import com.switchboard.customer.AppSettings;
import com.switchboard.customer.CustomerData;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerDetails.Crumb;
import com.switchboard.customer.CustomerEdit;
import com.switchboard.customer.IntegrationData;
import com.switchboard.customer.Tag;
import com.switchboard.schedule.Schedule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The customer editor's working copy. The binder reads it into the fields and writes the fields
 * back into a copy on save; the live customer is never bound. While billing or app settings are
 * not overridden, the form shows the inherited values and keeps what is stored untouched.
 */
final class CustomerForm {

    static final List<String> BILLING_ITEMS = List.copyOf(BillingSettings.FREE.items().keySet());

    String name;
    String referenceId;
    Crumb parent;
    Set<Tag> tags = new HashSet<>();
    CustomerData data;
    IntegrationData integrations;
    boolean overrideBilling;
    double[][] billing = new double[BILLING_ITEMS.size()][4];
    BillingSettings storedBilling;
    boolean overrideApp;
    Map<AppSettings.Field, Object> app = appForm(AppSettings.DEFAULTS);
    AppSettings storedApp;
    Schedule schedule;

    /** The editable app settings: a Boolean per flag, a (possibly empty) String per text. */
    static Map<AppSettings.Field, Object> appForm(AppSettings settings) {
        Map<AppSettings.Field, Object> form = new EnumMap<>(AppSettings.Field.class);
        for (AppSettings.Field field : AppSettings.Field.values()) {
            Object value = field.get(settings);
            form.put(field, field.kind() == AppSettings.Kind.FLAG ? value : text((String) value));
        }
        return form;
    }

    static AppSettings appSettings(Map<AppSettings.Field, Object> form) {
        Map<AppSettings.Field, Object> values = new EnumMap<>(AppSettings.Field.class);
        form.forEach((field, value) -> values.put(field, value instanceof String text ? orNull(text) : value));
        return AppSettings.Field.settings(values);
    }

    /** The form of an edit, for a customer whose inherited settings are those of {@code details}. */
    static CustomerForm of(CustomerEdit edit, CustomerDetails details, Map<String, Tag> catalogue, Crumb parent) {
        CustomerForm f = new CustomerForm();
        f.name = edit.name();
        f.referenceId = text(edit.referenceId());
        f.parent = parent;
        f.tags = edit.tagIds().stream().map(catalogue::get).filter(t -> t != null).collect(Collectors.toSet());
        f.data = edit.data();
        f.integrations = edit.integrationData();
        f.overrideBilling = edit.overrideBillingSettings();
        f.storedBilling = edit.billingSettings();
        f.setBilling(edit.overrideBillingSettings() && edit.billingSettings() != null ? edit.billingSettings()
                : details.inheritedBilling().value());
        f.overrideApp = edit.overrideAppSettings();
        f.storedApp = edit.appSettings();
        f.app = appForm(edit.overrideAppSettings() && edit.appSettings() != null ? edit.appSettings()
                : details.inheritedAppSettings().value());
        f.schedule = edit.schedule();
        return f;
    }

    CustomerEdit toEdit() {
        return new CustomerEdit(name, orNull(referenceId), parent == null ? null : parent.id(),
                tags.stream().map(Tag::id).collect(Collectors.toSet()), emptyToNull(data),
                emptyToNull(integrations), overrideBilling, overrideBilling ? billingSettings() : storedBilling,
                overrideApp, overrideApp ? appSettings(app) : storedApp, schedule);
    }

    CustomerForm copy() {
        CustomerForm f = new CustomerForm();
        f.name = name;
        f.referenceId = referenceId;
        f.parent = parent;
        f.tags = new HashSet<>(tags);
        f.data = data;
        f.integrations = integrations;
        f.overrideBilling = overrideBilling;
        f.storedBilling = storedBilling;
        f.setBilling(billingSettings());
        f.overrideApp = overrideApp;
        f.storedApp = storedApp;
        f.app = new EnumMap<>(app);
        f.schedule = schedule;
        return f;
    }

    void setBilling(BillingSettings settings) {
        List<BillingItem> items = new ArrayList<>(settings.items().values());
        for (int i = 0; i < items.size(); i++) {
            BillingItem item = items.get(i) == null ? BillingItem.FREE : items.get(i);
            billing[i] = new double[] {item.baseCost(), item.rawUnitMultiplier(), item.unitCost(), item.allowance()};
        }
    }

    BillingSettings billingSettings() {
        BillingItem[] items = new BillingItem[BILLING_ITEMS.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = new BillingItem(billing[i][0], billing[i][1], billing[i][2], billing[i][3]);
        }
        return new BillingSettings(items[0], items[1], items[2], items[3], items[4], items[5], items[6], items[7],
                items[8], items[9], items[10]);
    }

    private static CustomerData emptyToNull(CustomerData data) {
        return data == null || data.values().isEmpty() ? null : data;
    }

    private static IntegrationData emptyToNull(IntegrationData data) {
        return data == null || data.thirdPartyIds().isEmpty() ? null : data;
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
