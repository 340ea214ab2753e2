package com.switchboard.security;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/** A sign-in refused without checking the password, because its username or address is throttled. */
public class SignInThrottledException extends AccountStatusException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many attempts — try again in " + minutes(retryAfter) + " minute" + (minutes(retryAfter) == 1 ? "" : "s"));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes to wait, at least one. */
    public long retryAfterMinutes() {
        return minutes(retryAfter);
    }

    /** Whole seconds to wait, at least one (for {@code Retry-After}). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
