package com.switchboard.security;

/** What the authentication audit records. */
public enum AuthEvent {
    SIGN_IN_SUCCESS("Signed in"),
    SIGN_IN_FAILURE("Sign-in failed"),
    SIGN_OUT("Signed out"),
    SESSION_EXPIRED("Session expired"),
    THROTTLED("Sign-in throttled"),
    UNLOCKED("Unlocked"),
    PASSWORD_CHANGED("Password changed"),
    PASSWORD_RESET("Password reset"),
    USER_CREATED("User created"),
    USER_CHANGED("User changed"),
    USER_DISABLED("User disabled"),
    USER_ENABLED("User enabled"),
    USER_DELETED("User deleted"),
    ROLE_CHANGED("Role changed"),
    ACCOUNTS_CHANGED("Accounts changed"),
    SESSIONS_ENDED("Sessions ended");

    private final String label;

    AuthEvent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Why a sign-in failed. */
    public enum Reason {
        BAD_PASSWORD, UNKNOWN_USER, THROTTLED, DISABLED, PASSWORD_MUST_CHANGE
    }
}
