package com.switchboard.api.dto;

import java.util.Map;

/** What is wrong with one field of a request. */
@DataContract(namespace = Namespaces.SERVICESTACK)
public class ResponseError {
    @DataMember(order = 1)
    public String errorCode;
    @DataMember(order = 2)
    public String fieldName;
    @DataMember(order = 3)
    public String message;
    @DataMember(order = 4)
    public Map<String, String> meta;

    public ResponseError() {}

    public ResponseError(String errorCode, String fieldName, String message) {
        this.errorCode = errorCode;
        this.fieldName = fieldName;
        this.message = message;
    }
}
