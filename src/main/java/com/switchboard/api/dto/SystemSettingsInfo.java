package com.switchboard.api.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An account's settings: its tag catalogue and the schema of its customers' custom data. */
@DataContract(namespace = Namespaces.SETTINGS)
@JsonPropertyOrder({"customerFields", "tags", "id", "dateCreated", "dateLastModified", "createdBy", "lastModifiedBy"})
public class SystemSettingsInfo extends EntityInfo {
    @ApiMember(description = "The list of customer metadata fields")
    public List<CustomerDataField> customerFields;
    @ApiMember(description = "The list of tags in the system")
    public List<Tag> tags;
}
