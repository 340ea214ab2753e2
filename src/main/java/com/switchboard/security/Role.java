package com.switchboard.security;

/** The three roles of Switchboard, named as API callers know them. */
public enum Role {
    /** Every account. */
    SystemAdministrator,
    /** The customers of one or more accounts. */
    Manager,
    /** One customer and its descendants. */
    Customer;

    /** Spring Security role names, for {@code @RolesAllowed} and {@code hasRole}. */
    public static final String ADMIN = "SystemAdministrator";
    public static final String MANAGER = "Manager";
    public static final String CUSTOMER = "Customer";

    public String authority() {
        return "ROLE_" + name();
    }
}
