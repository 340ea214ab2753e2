package com.switchboard.customer;

import java.time.Instant;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends ListCrudRepository<Customer, String> {

    /**
     * Sets the staging flag when it differs, in one statement: the row lock serializes concurrent
     * flips, so each one that reports 1 changed the flag from the opposite value.
     *
     * @return 1 when the flag changed, 0 when it already had that value (or the customer is gone)
     */
    @Modifying
    @Query("""
            UPDATE customer SET is_staging = :staging, version = version + 1,
                   date_last_modified = GREATEST(:now, date_last_modified), last_modified_by = :user
             WHERE id = :id AND is_staging <> :staging""")
    int updateStaging(@Param("id") String id, @Param("staging") boolean staging, @Param("now") Instant now,
            @Param("user") String user);

    long countByParentCustomerId(String parentCustomerId);

    /** The customers that carry the tag. */
    @Query("SELECT customer_id FROM customer_tag WHERE tag_id = :tagId ORDER BY customer_id")
    java.util.List<String> findIdsByTagId(@Param("tagId") String tagId);

    /** How many customers of the account other than {@code exceptId} use the (lower-cased) reference id. */
    @Query("""
            SELECT COUNT(*) FROM customer
             WHERE account_id = :accountId AND reference_id_lower = :referenceIdLower AND id <> :exceptId""")
    long countReferenceIdUses(@Param("accountId") String accountId, @Param("referenceIdLower") String referenceIdLower,
            @Param("exceptId") String exceptId);

    /** Rewrites the paths of a moved customer's descendants: {@code oldPrefix} becomes {@code newPrefix}. */
    @Modifying
    @Query("""
            UPDATE customer SET path = CONCAT(:newPrefix, SUBSTRING(path, :oldLength + 1))
             WHERE path LIKE CONCAT(:oldPrefix, '_%')""")
    int movePaths(@Param("oldPrefix") String oldPrefix, @Param("oldLength") int oldLength,
            @Param("newPrefix") String newPrefix);
}
