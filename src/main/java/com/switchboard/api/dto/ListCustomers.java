package com.switchboard.api.dto;

import java.util.List;

/** {@code GET /customers}: the customers the caller may see, filtered, sorted and paged. */
@DataContract(namespace = Namespaces.CUSTOMERS)
public class ListCustomers {
    public List<String> accountIds;
    public String nameFilter;
    public List<String> parentCustomerIds;
    public Boolean shallowParent;
    public List<String> tagIds;
    /** 0-based. */
    public Integer page;
    /** 25 by default. */
    public Integer countPerPage;
    /** Every match in one page. */
    public Boolean all;
    public List<String> specificIds;
    public String sortField;
    /** Ascend or Descend. */
    public String sortOrder;
}
