package com.switchboard.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

@DataContract(namespace = Namespaces.ACCOUNTS)
public class BillingSettings {
    public BillingItem base;
    public BillingItem localNumbers;
    public BillingItem tollFreeNumbers;
    public BillingItem inboundVoiceCalls;
    public BillingItem outboundVoiceCalls;
    public BillingItem inboundFaxes;
    public BillingItem outboundFaxes;
    public BillingItem inboundSmsMessages;
    public BillingItem outboundSmsMessages;
    @DataMember(name = "AIInsights")
    @JsonProperty("aiInsights")
    public BillingItem aiInsights;
    @DataMember(name = "AILiveMinutes")
    @JsonProperty("aiLiveMinutes")
    public BillingItem aiLiveMinutes;
}
