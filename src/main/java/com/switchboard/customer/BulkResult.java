package com.switchboard.customer;

import java.util.List;

/** The outcome of one action on many customers. */
public record BulkResult(int changed, int unchanged, List<Refusal> refused) {

    /** A customer the action was refused for, and why. */
    public record Refusal(String customerId, String reason) {}

    public int total() {
        return changed + unchanged + refused.size();
    }
}
