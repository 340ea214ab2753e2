package com.switchboard.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a list of accounts is sorted: by one field, then by id, so that pages never overlap. */
public record AccountSort(Field field, boolean ascending) {

    public static final AccountSort BY_NAME = new AccountSort(Field.NAME, true);

    public enum Field {
        NAME("name", "name_lower"),
        DATE_CREATED("dateCreated", "date_created"),
        DATE_LAST_MODIFIED("dateLastModified", "date_last_modified"),
        ID("id", "id");

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
        return field == Field.ID ? "id" + direction : field.column + direction + ", id" + direction;
    }
}
