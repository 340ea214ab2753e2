package com.switchboard.account;

/**
 * What one billable item costs: a base cost, an allowance of free units, then the unit cost of every
 * unit beyond it (raw units times the multiplier). All four are non-negative.
 */
public record BillingItem(double baseCost, double rawUnitMultiplier, double unitCost, double allowance) {

    public static final BillingItem FREE = new BillingItem(0, 0, 0, 0);

    public boolean isValid() {
        return valid(baseCost) && valid(rawUnitMultiplier) && valid(unitCost) && valid(allowance);
    }

    private static boolean valid(double v) {
        return Double.isFinite(v) && v >= 0;
    }
}
