package com.switchboard.customer;

/**
 * The order of a customer list; ties are broken by id so that paging is stable. With a {@code dataKey}
 * (and {@link Field#DATA}) the list is in the order of that member of the customers' custom data.
 */
public record CustomerSort(Field field, boolean ascending, String dataKey) {

    public static final CustomerSort BY_NAME = new CustomerSort(Field.NAME, true);

    public CustomerSort(Field field, boolean ascending) {
        this(field, ascending, null);
    }

    /** By the custom-data member {@code key}; customers without it come last ascending. */
    public static CustomerSort byData(String key, boolean ascending) {
        return new CustomerSort(Field.DATA, ascending, key);
    }

    /** The columns a list can be sorted by. */
    public enum Field {
        NAME("name"),
        REFERENCE_ID("reference_id"),
        IS_STAGING("is_staging"),
        DATE_CREATED("date_created"),
        DATE_LAST_MODIFIED("date_last_modified"),
        ID("id"),
        DATA("data");

        final String column;

        Field(String column) {
            this.column = column;
        }
    }
}
