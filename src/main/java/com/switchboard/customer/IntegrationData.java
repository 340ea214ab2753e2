package com.switchboard.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.switchboard.base.domain.JsonDocument;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The customer's ids in third-party systems: integration key (e.g. "hubspot") to third-party id. */
public record IntegrationData(Map<String, String> thirdPartyIds) implements JsonDocument {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public IntegrationData {
        thirdPartyIds = Collections.unmodifiableMap(new LinkedHashMap<>(thirdPartyIds));
    }

    @JsonValue
    @Override
    public Map<String, String> thirdPartyIds() {
        return thirdPartyIds;
    }
}
