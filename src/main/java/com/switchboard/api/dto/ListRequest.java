package com.switchboard.api.dto;

import java.util.List;

/** The members every list operation takes, as the reference's {@code ListRequest<T>} has them. */
@DataContract(namespace = Namespaces.API)
public abstract class ListRequest {
    @ApiMember(description = "The page of data to retrieve, 0-based")
    public Integer page;
    @ApiMember(description = "If you want all objects to be returned. This should be used with care")
    public Boolean all;
    @ApiMember(description = "The number per page to retrieve, 25 by default")
    public Integer countPerPage;
    @ApiMember(description = "Specific IDs (comma-separated or repeated)")
    public List<String> specificIds;
    @ApiMember(description = "Specify a sort field")
    public String sortField;
    @ApiMember(description = "Specify a sort order: Ascend or Descend")
    public String sortOrder;
    @ApiMember(description = "Disables total / page counts - improves performance. Returns only data")
    public Boolean simplifiedPaging;
}
