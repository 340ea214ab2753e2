package com.switchboard.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a list of users is sorted: by one field, then by id, so that pages never overlap. */
public record UserSort(Field field, boolean ascending) {

    public static final UserSort BY_USERNAME = new UserSort(Field.USER_NAME, true);

    public enum Field {
        USER_NAME("userName", "u.username"),
        NAME("name", "LOWER(COALESCE(u.display_name, ''))"),
        EMAIL_ADDRESS("emailAddress", "LOWER(COALESCE(u.email, ''))"),
        ID("id", "u.id");

        /** The field as API callers name it. */
        public final String key;
        final String column;

        Field(String key, String column) {
            this.key = key;
            this.column = column;
        }

        /** The field of that key (without regard to case). */
        public static Optional<Field> fromKey(String key) {
            return Arrays.stream(values()).filter(f -> f.key.toLowerCase(Locale.ROOT)
                    .equals(key.strip().toLowerCase(Locale.ROOT))).findFirst();
        }
    }

    String orderBy() {
        String direction = ascending ? " ASC" : " DESC";
        return field == Field.ID ? "u.id" + direction : field.column + direction + ", u.id" + direction;
    }
}
