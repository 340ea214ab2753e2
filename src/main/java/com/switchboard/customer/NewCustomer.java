package com.switchboard.customer;

/** What a new customer needs: its account, optionally a parent in that account, a name. */
public record NewCustomer(String accountId, String parentCustomerId, String name, String referenceId) {}
