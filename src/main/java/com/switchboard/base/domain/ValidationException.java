package com.switchboard.base.domain;

import java.util.List;

/** Input the domain refuses; names each field in error (as API callers spell it) when there is one. */
public class ValidationException extends RuntimeException {

    /** One field in error; a null field means the whole input. */
    public record FieldError(String field, String message) {}

    private final List<FieldError> errors;

    public ValidationException(String field, String message) {
        super(message);
        this.errors = List.of(new FieldError(field, message));
    }

    /** Several problems at once; the first one is the message. */
    public ValidationException(List<FieldError> errors) {
        super(errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    /** The first field in error, camelCase, or null when the whole input is at fault. */
    public String field() {
        return errors.get(0).field();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
