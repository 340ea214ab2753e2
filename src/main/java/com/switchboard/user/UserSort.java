package com.switchboard.user;

import com.switchboard.base.domain.SortKey;
import java.util.Optional;

/** How a list of users is sorted: by one field, then by id, so that pages never overlap. */
public record UserSort(Field field, boolean ascending) {

    public static final UserSort BY_USERNAME = new UserSort(Field.USER_NAME, true);

    public enum Field implements SortKey {
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

        @Override
        public String key() {
            return key;
        }

        @Override
        public String column() {
            return column;
        }

        /** The field of that key (without regard to case). */
        public static Optional<Field> fromKey(String key) {
            return SortKey.fromKey(Field.class, key);
        }
    }

    String orderBy() {
        return SortKey.orderBy(field, ascending, "u.id");
    }
}
