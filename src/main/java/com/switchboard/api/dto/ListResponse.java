package com.switchboard.api.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One page of a list; each list answer is a subclass that fixes the item type. */
@DataContract(namespace = Namespaces.API)
@JsonPropertyOrder({"items", "totalCount", "totalPages", "hasMorePages"})
public abstract class ListResponse<T> {
    public List<T> items;
    public long totalCount;
    public int totalPages;
    public boolean hasMorePages;
}
