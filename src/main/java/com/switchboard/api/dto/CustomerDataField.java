package com.switchboard.api.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One field of the schema of an account's customers' custom data. */
@DataContract(namespace = Namespaces.SETTINGS)
@JsonPropertyOrder({"name", "displayName", "type", "description", "isRequired", "defaultValue", "showInGrid",
        "possibleValues"})
public class CustomerDataField {
    @ApiMember(description = "The data member's key: a letter, then letters, digits, '_', '-' or '.'")
    public String name;
    @ApiMember(description = "How the portal labels the field (the key when empty)")
    public String displayName;
    @ApiMember(description = "The value's type: String, Number, Boolean or Date (YYYY-MM-DD as a string value); "
            + "a String with possibleValues is a choice among them")
    public ValueTypes type;
    @ApiMember(description = "What the field is for, shown with its input")
    public String description;
    @ApiMember(description = "Must every customer have a value?")
    public boolean isRequired;
    @ApiMember(description = "The value a new customer gets when none is given")
    public Value defaultValue;
    @ApiMember(description = "Can the field be a column of the customer grid?")
    public boolean showInGrid;
    @ApiMember(description = "The values to choose from (String fields only)")
    public List<String> possibleValues;
}
