package com.switchboard.account;

import com.switchboard.base.domain.SortKey;
import java.util.Optional;

/** How a list of accounts is sorted: by one field, then by id, so that pages never overlap. */
public record AccountSort(Field field, boolean ascending) {

    public static final AccountSort BY_NAME = new AccountSort(Field.NAME, true);

    public enum Field implements SortKey {
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
        return SortKey.orderBy(field, ascending, "id");
    }
}
