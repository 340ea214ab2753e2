package com.switchboard.account;

import java.util.List;

/**
 * What one billable item costs: a base cost, an allowance of free units, then the unit cost of every
 * unit beyond it (raw units times the multiplier). All four are non-negative.
 */
public record BillingItem(double baseCost, double rawUnitMultiplier, double unitCost, double allowance) {

    public static final BillingItem FREE = new BillingItem(0, 0, 0, 0);

    /** The four amounts as a person reads them, in the order of the components. */
    public static final List<String> LABELS = List.of("Base cost", "Raw unit multiplier", "Unit cost", "Allowance");

    /** The four amounts in the order of the components. */
    public double[] amounts() {
        return new double[] {baseCost, rawUnitMultiplier, unitCost, allowance};
    }

    /** The item of four amounts in the order of the components. */
    public static BillingItem of(double[] amounts) {
        return new BillingItem(amounts[0], amounts[1], amounts[2], amounts[3]);
    }

    public boolean isValid() {
        return valid(baseCost) && valid(rawUnitMultiplier) && valid(unitCost) && valid(allowance);
    }

    private static boolean valid(double v) {
        return Double.isFinite(v) && v >= 0;
    }
}
