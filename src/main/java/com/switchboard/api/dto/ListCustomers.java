package com.switchboard.api.dto;

import java.util.List;

/** {@code GET /customers}: the customers the caller may see, filtered, sorted and paged. */
@DataContract(namespace = Namespaces.CUSTOMERS)
@ApiOperation(verb = "GET", routes = "/customers", response = CustomerInfoList.class,
        summary = "Lists the customers you may see, filtered, sorted and paged")
public class ListCustomers extends ListRequest {
    @ApiMember(description = "Only customers of these accounts (comma-separated or repeated)")
    public List<String> accountIds;
    @ApiMember(description = "Only customers whose name or reference ID contains this text")
    public String nameFilter;
    @ApiMember(description = "Only descendants of these customers (comma-separated or repeated)")
    public List<String> parentCustomerIds;
    @ApiMember(description = "With parentCustomerIds: only their direct children")
    public Boolean shallowParent;
    @ApiMember(description = "Only customers that have all of these tags (comma-separated or repeated)")
    public List<String> tagIds;
}
