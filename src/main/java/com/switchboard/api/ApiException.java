package com.switchboard.api;

import com.switchboard.api.dto.ResponseError;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A request the API refuses, with the ServiceStack error code and field errors to answer. */
class ApiException extends RuntimeException {

    final HttpStatus status;
    final String errorCode;
    final List<ResponseError> errors;

    ApiException(HttpStatus status, String errorCode, String message) {
        this(status, errorCode, message, List.of());
    }

    ApiException(HttpStatus status, String errorCode, String message, List<ResponseError> errors) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
        this.errors = List.copyOf(errors);
    }

    /** A validation failure of one field, as ServiceStack's validators report it. */
    static ApiException invalidField(String errorCode, String fieldName, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, errorCode, message,
                List.of(new ResponseError(errorCode, fieldName, message)));
    }

    /** An unreadable request body or value. */
    static ApiException unreadable(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "SerializationException", message);
    }
}
