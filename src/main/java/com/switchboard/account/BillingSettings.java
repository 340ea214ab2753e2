package com.switchboard.account;

import com.switchboard.base.domain.JsonDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The price list of a customer: eleven billable items. An account holds the defaults; a customer
 * that overrides holds its own, and its descendants inherit them.
 */
public record BillingSettings(
        BillingItem base,
        BillingItem localNumbers,
        BillingItem tollFreeNumbers,
        BillingItem inboundVoiceCalls,
        BillingItem outboundVoiceCalls,
        BillingItem inboundFaxes,
        BillingItem outboundFaxes,
        BillingItem inboundSmsMessages,
        BillingItem outboundSmsMessages,
        BillingItem aiInsights,
        BillingItem aiLiveMinutes) implements JsonDocument {

    /** Nothing billed: the settings of an account that has none of its own. */
    public static final BillingSettings FREE = new BillingSettings(BillingItem.FREE, BillingItem.FREE,
            BillingItem.FREE, BillingItem.FREE, BillingItem.FREE, BillingItem.FREE, BillingItem.FREE,
            BillingItem.FREE, BillingItem.FREE, BillingItem.FREE, BillingItem.FREE);

    /** The items by their names, in the order a person reads them. */
    public Map<String, BillingItem> items() {
        Map<String, BillingItem> items = new LinkedHashMap<>();
        items.put("base", base);
        items.put("localNumbers", localNumbers);
        items.put("tollFreeNumbers", tollFreeNumbers);
        items.put("inboundVoiceCalls", inboundVoiceCalls);
        items.put("outboundVoiceCalls", outboundVoiceCalls);
        items.put("inboundFaxes", inboundFaxes);
        items.put("outboundFaxes", outboundFaxes);
        items.put("inboundSmsMessages", inboundSmsMessages);
        items.put("outboundSmsMessages", outboundSmsMessages);
        items.put("aiInsights", aiInsights);
        items.put("aiLiveMinutes", aiLiveMinutes);
        return items;
    }

    /** The name of the first item that is missing or has an amount below 0 or not a number; null when none. */
    public String invalidItem() {
        return items().entrySet().stream().filter(e -> e.getValue() == null || !e.getValue().isValid())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** "inboundSmsMessages" as a person reads it: "Inbound SMS messages". */
    public static String label(String item) {
        String spaced = item.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        String sentence = Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
        return sentence.replace("sms", "SMS").replace("Ai ", "AI ");
    }

    /** The same settings with every item passed through {@code change}. */
    public BillingSettings map(Function<BillingItem, BillingItem> change) {
        return new BillingSettings(change.apply(base), change.apply(localNumbers), change.apply(tollFreeNumbers),
                change.apply(inboundVoiceCalls), change.apply(outboundVoiceCalls), change.apply(inboundFaxes),
                change.apply(outboundFaxes), change.apply(inboundSmsMessages), change.apply(outboundSmsMessages),
                change.apply(aiInsights), change.apply(aiLiveMinutes));
    }
}
