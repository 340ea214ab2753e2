package com.switchboard.base.domain;

/** What a request names does not exist, or not for the caller (who is told the same either way). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
