package com.switchboard.api.dto;

@DataContract(namespace = Namespaces.INTEGRATIONS, dictionaryEntry = "KeyValueOfstringIntegrationDataY_SkqLnhh")
public class IntegrationData {
    public String thirdPartyId;

    public IntegrationData() {}

    public IntegrationData(String thirdPartyId) {
        this.thirdPartyId = thirdPartyId;
    }
}
