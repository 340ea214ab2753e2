package com.switchboard.account.ui;

import com.switchboard.account.Account;
import com.switchboard.account.AccountEdit;
import com.switchboard.account.BillingItem;
import com.switchboard.account.BillingSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The account page's working copy: the binder reads it into the fields and writes the fields back
 * into a copy on save; the account itself is never bound.
 */
final class AccountDraft {

    static final List<String> BILLING_ITEMS = List.copyOf(BillingSettings.FREE.items().keySet());

    String name = "";
    Integer maxPhoneNumbers;
    double[][] billing = new double[BILLING_ITEMS.size()][BillingItem.LABELS.size()];

    static AccountDraft of(Account account) {
        AccountDraft draft = new AccountDraft();
        draft.name = account.name();
        draft.maxPhoneNumbers = account.maxPhoneNumbers();
        List<BillingItem> items = new ArrayList<>(account.defaultBillingSettings().items().values());
        for (int i = 0; i < items.size(); i++) {
            draft.billing[i] = (items.get(i) == null ? BillingItem.FREE : items.get(i)).amounts();
        }
        return draft;
    }

    AccountDraft copy() {
        AccountDraft copy = new AccountDraft();
        copy.name = name;
        copy.maxPhoneNumbers = maxPhoneNumbers;
        for (int i = 0; i < billing.length; i++) {
            copy.billing[i] = billing[i].clone();
        }
        return copy;
    }

    BillingSettings billingSettings() {
        BillingItem[] items = new BillingItem[billing.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = BillingItem.of(billing[i]);
        }
        return new BillingSettings(items[0], items[1], items[2], items[3], items[4], items[5], items[6], items[7],
                items[8], items[9], items[10]);
    }

    /** What the service is asked to change: the name as typed (it strips), the limit, the defaults. */
    AccountEdit toEdit() {
        return new AccountEdit(name == null ? "" : name.strip(), maxPhoneNumbers, billingSettings());
    }
}
