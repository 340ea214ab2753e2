package com.switchboard.customer;

/**
 * What a new customer needs: its account, optionally a parent in that account, a name, and
 * optionally a reference id (unique within the account) and custom data.
 */
public record NewCustomer(String accountId, String parentCustomerId, String name, String referenceId,
        CustomerData data) {

    public NewCustomer(String accountId, String parentCustomerId, String name, String referenceId) {
        this(accountId, parentCustomerId, name, referenceId, null);
    }
}
