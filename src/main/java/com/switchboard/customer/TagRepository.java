package com.switchboard.customer;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface TagRepository extends ListCrudRepository<Tag, String> {

    List<Tag> findByAccountIdOrderByName(String accountId);
}
