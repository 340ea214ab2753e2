package com.switchboard.api.dto;

@DataContract(namespace = Namespaces.CUSTOMERS)
public class CustomerBreadcrumb {
    public String id;
    public String name;

    public CustomerBreadcrumb() {}

    public CustomerBreadcrumb(String id, String name) {
        this.id = id;
        this.name = name;
    }
}
