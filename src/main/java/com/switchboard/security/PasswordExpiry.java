package com.switchboard.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * One-time passwords: set by a reset, a new user or the first run, they must be changed at the next
 * sign-in. Such a password opens nothing but the change: the portal's sign-in form shows only the
 * password change until then, and every other way in (the API's HTTP Basic and credentials sign-in,
 * the actuator) refuses it with {@link #CHANGE_REQUIRED} (see {@link ThrottlingAuthenticationProvider}).
 */
@Service
public class PasswordExpiry {

    /** Why a one-time password is refused outside the portal's sign-in form. */
    public static final String CHANGE_REQUIRED =
            "Password change required: sign in to the portal at /login to choose a new password";

    private final JdbcTemplate jdbc;

    PasswordExpiry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean mustChange(String username) {
        Boolean must = jdbc.query("SELECT must_change_password FROM app_user WHERE username = ?",
                rs -> rs.next() ? rs.getBoolean(1) : Boolean.FALSE, username);
        return Boolean.TRUE.equals(must);
    }

    /** Marks (or clears) the user's password as one to change at the next sign-in. */
    public void setMustChange(long userId, boolean must) {
        jdbc.update("UPDATE app_user SET must_change_password = ? WHERE id = ?", must, userId);
    }
}
