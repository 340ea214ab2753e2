package com.switchboard.base.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A field a list is sorted by: its name as API callers and the grids give it, and its SQL expression. */
public interface SortKey {

    String key();

    String column();

    /** The field of {@code type} named {@code key}, without regard to case. */
    static <F extends Enum<F> & SortKey> Optional<F> fromKey(Class<F> type, String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(f -> f.key().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** ORDER BY {@code field}, then {@code id} in the same direction, so that pages never overlap. */
    static String orderBy(SortKey field, boolean ascending, String id) {
        String direction = ascending ? " ASC" : " DESC";
        return field.column().equals(id) ? id + direction : field.column() + direction + ", " + id + direction;
    }
}
