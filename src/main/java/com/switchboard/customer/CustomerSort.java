package com.switchboard.customer;

/** The order of a customer list; ties are broken by id so that paging is stable. */
public record CustomerSort(Field field, boolean ascending) {

    public static final CustomerSort BY_NAME = new CustomerSort(Field.NAME, true);

    /** The columns a list can be sorted by. */
    public enum Field {
        NAME("name"),
        REFERENCE_ID("reference_id"),
        IS_STAGING("is_staging"),
        DATE_CREATED("date_created"),
        DATE_LAST_MODIFIED("date_last_modified"),
        ID("id");

        final String column;

        Field(String column) {
            this.column = column;
        }
    }
}
