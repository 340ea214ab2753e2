package com.switchboard.customer;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface TagRepository extends ListCrudRepository<Tag, String> {

    List<Tag> findByIdInOrderByName(Collection<String> ids);

    List<Tag> findByAccountIdOrderByName(String accountId);
}
