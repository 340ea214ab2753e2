package com.switchboard.api.dto;

import java.util.List;

/**
 * {@code PATCH /system/settings}: replaces the lists the request carries. The reference declares the
 * route's verb as "PATCHY"; its clients send PATCH to the pre-defined route, as here.
 */
@DataContract(namespace = Namespaces.SETTINGS)
@ApiOperation(verb = "PATCH", routes = "/system/settings", response = SystemSettingsInfo.class,
        summary = "Updates the system settings of an account: each list it carries replaces the account's")
public class PatchSystemSettings {
    @ApiMember(description = "The account ID of the system settings", required = true)
    public String accountId;
    @ApiMember(description = "The list of customer fields; replaces the schema")
    public List<CustomerDataField> customerFields;
    @ApiMember(description = "The list of tags; replaces the catalogue: a tag without a known ID is created, "
            + "one left out is deleted and taken off its customers")
    public List<Tag> tags;
}
