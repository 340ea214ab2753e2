package com.switchboard.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * One-time passwords: set by a reset or the first run, they must be changed at the next sign-in.
 * The portal sends such a user to the password change first; the API refuses them until then.
 */
@Service
public class PasswordExpiry {

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
