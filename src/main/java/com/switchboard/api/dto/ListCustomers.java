package com.switchboard.api.dto;

import java.util.List;

/** {@code GET /customers}: the customers the caller may see, filtered, sorted and paged. */
@DataContract(namespace = Namespaces.CUSTOMERS)
@ApiOperation(verb = "GET", routes = "/customers", response = CustomerInfoList.class,
        summary = "Lists the customers you may see, filtered, sorted and paged")
public class ListCustomers {
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
    @ApiMember(description = "The page, 0-based")
    public Integer page;
    @ApiMember(description = "Customers per page, 25 by default")
    public Integer countPerPage;
    @ApiMember(description = "Every match in one answer (at most 10,000)")
    public Boolean all;
    @ApiMember(description = "Skip counting the matches: totalCount and totalPages are 0, hasMorePages is exact")
    public Boolean simplifiedPaging;
    @ApiMember(description = "Only these customers (comma-separated or repeated)")
    public List<String> specificIds;
    @ApiMember(description = "name, referenceId, isStaging, dateCreated, dateLastModified or id")
    public String sortField;
    @ApiMember(description = "Ascend or Descend")
    public String sortOrder;
}
