package com.switchboard.customer;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An entry of an account's tag catalogue. */
@Table("tag")
public record Tag(@Id String id, String accountId, String name, TagColor color, @Version Long version) {

    public static Tag create(String id, String accountId, String name, TagColor color) {
        return new Tag(id, accountId, name, color, null);
    }
}
