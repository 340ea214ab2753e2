package com.switchboard.api.dto;

import java.util.List;

/** The body of every error answer. */
@DataContract(namespace = Namespaces.SERVICESTACK)
public class ErrorResponse {
    @DataMember(order = 1)
    public ResponseStatus responseStatus;

    public static ErrorResponse of(String errorCode, String message, List<ResponseError> errors) {
        ErrorResponse response = new ErrorResponse();
        response.responseStatus = new ResponseStatus();
        response.responseStatus.errorCode = errorCode;
        response.responseStatus.message = message;
        response.responseStatus.errors = List.copyOf(errors);
        return response;
    }
}
