package com.switchboard.api.dto;

import java.util.List;
import java.util.Map;

/**
 * One custom data value; a {@code Struct} is a {@code Map<String, Value>}. The reference shows
 * only an empty Struct, so the namespace and entry name of a filled one are this project's choice.
 */
@DataContract(namespace = Namespaces.API, dictionaryEntry = "KeyValueOfstringValue")
public class Value {
    public Boolean boolValue;
    public String stringValue;
    public Double numberValue;
    public List<Map<String, Value>> listValue;
    public Map<String, Value> structValue;
}
