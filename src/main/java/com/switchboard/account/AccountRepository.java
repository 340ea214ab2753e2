package com.switchboard.account;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface AccountRepository extends ListCrudRepository<Account, String> {

    List<Account> findAllByOrderByName();
}
