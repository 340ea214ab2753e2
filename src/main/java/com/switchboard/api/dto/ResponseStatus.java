package com.switchboard.api.dto;

import java.util.List;
import java.util.Map;

/** ServiceStack's description of a failed request. */
@DataContract(namespace = Namespaces.SERVICESTACK)
public class ResponseStatus {
    @DataMember(order = 1)
    public String errorCode;
    @DataMember(order = 2)
    public String message;
    @DataMember(order = 3)
    public String stackTrace;
    @DataMember(order = 4)
    public List<ResponseError> errors;
    @DataMember(order = 5)
    public Map<String, String> meta;
}
