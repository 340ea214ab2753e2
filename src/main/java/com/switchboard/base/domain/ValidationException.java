package com.switchboard.base.domain;

/** Input the domain refuses; names the field (as API callers spell it) when there is one. */
public class ValidationException extends RuntimeException {

    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field in error, camelCase, or null when the whole input is at fault. */
    public String field() {
        return field;
    }
}
