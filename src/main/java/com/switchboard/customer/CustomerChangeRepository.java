package com.switchboard.customer;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface CustomerChangeRepository extends ListCrudRepository<CustomerChange, Long> {

    List<CustomerChange> findByCustomerIdOrderByIdDesc(String customerId, Pageable page);

    long countByCustomerId(String customerId);
}
