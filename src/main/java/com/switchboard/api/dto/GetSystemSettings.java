package com.switchboard.api.dto;

/** {@code GET /system/settings?accountId=…}. */
@DataContract(namespace = Namespaces.SETTINGS)
@ApiOperation(verb = "GET", routes = "/system/settings", response = SystemSettingsInfo.class,
        summary = "Gets the system settings of an account: its tag catalogue and its customer fields")
public class GetSystemSettings {
    @ApiMember(description = "The account ID whose system settings you want", required = true)
    public String accountId;
}
