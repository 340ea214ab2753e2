package com.switchboard.account;

/** What an administrator changes of an account: its name, its phone number limit, its billing defaults. */
public record AccountEdit(String name, Integer maxPhoneNumbers, BillingSettings billingSettings) {

    static AccountEdit of(Account account) {
        return new AccountEdit(account.name(), account.maxPhoneNumbers(), account.billingSettings());
    }
}
