package com.switchboard.api.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One page of a list; each list answer is a subclass that fixes the item type. */
@DataContract(namespace = Namespaces.API)
@JsonPropertyOrder({"items", "totalCount", "totalPages", "hasMorePages"})
public abstract class ListResponse<T> {
    @ApiMember(description = "The page's items")
    public List<T> items;
    @ApiMember(description = "How many items match (0 with simplifiedPaging)")
    public long totalCount;
    @ApiMember(description = "How many pages the matches fill (0 with simplifiedPaging)")
    public int totalPages;
    @ApiMember(description = "Are there items after this page?")
    public boolean hasMorePages;
}
