package com.switchboard.base.domain;

/** A change the stored data does not allow as it is now (what is left in the way is in the message). */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A short name for the conflict, as API callers read it in {@code errorCode}. */
    public String code() {
        return code;
    }
}
