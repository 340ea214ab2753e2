package com.switchboard.preference;

import com.switchboard.security.CurrentUser;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's preferences ({@link Preference}): read and written for that user only, so
 * nobody reads or changes another user's settings.
 */
@Service
public class UserPreferences {

    /** The longest value a preference holds. */
    public static final int MAX_VALUE_LENGTH = 4000;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    UserPreferences(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The signed-in user's value of {@code preference}, if it has set one. */
    @Transactional(readOnly = true)
    public Optional<String> get(Preference preference) {
        String username = currentUser.require().username();
        return jdbc.queryForList("SELECT \"value\" FROM user_preference WHERE username = ? AND name = ?", String.class,
                username, preference.key()).stream().findFirst();
    }

    /**
     * Remembers {@code value} as the signed-in user's {@code preference}. Each statement commits on
     * its own, so that losing the insert race to a second tab falls back to the update (a failed
     * statement would abort a surrounding PostgreSQL transaction).
     */
    public void set(Preference preference, String value) {
        if (value == null || value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException(
                    "A preference needs a value of at most " + MAX_VALUE_LENGTH + " characters");
        }
        String username = currentUser.require().username();
        int updated = jdbc.update("UPDATE user_preference SET \"value\" = ? WHERE username = ? AND name = ?", value,
                username, preference.key());
        if (updated == 0) {
            try {
                jdbc.update("INSERT INTO user_preference (username, name, \"value\") VALUES (?, ?, ?)", username,
                        preference.key(), value);
            } catch (DuplicateKeyException raced) {
                jdbc.update("UPDATE user_preference SET \"value\" = ? WHERE username = ? AND name = ?", value, username,
                        preference.key());
            }
        }
    }
}
