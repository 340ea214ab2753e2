package com.switchboard.api.dto;

/**
 * The answer of ListCustomers. The reference shows no XML of it; the root element is named as
 * .NET names {@code ListResponse<CustomerInfo>}, without the namespace hash .NET would add.
 */
@DataContract(namespace = Namespaces.API, name = "ListResponseOfCustomerInfo")
public class CustomerInfoList extends ListResponse<CustomerInfo> {}
