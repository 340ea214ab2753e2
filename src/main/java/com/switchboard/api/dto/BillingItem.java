package com.switchboard.api.dto;

@DataContract(namespace = Namespaces.ACCOUNTS)
public class BillingItem {
    public double baseCost;
    public double rawUnitMultiplier;
    public double unitCost;
    public double allowance;
}
