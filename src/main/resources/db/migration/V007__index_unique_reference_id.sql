-- A reference id names one customer within its account (compared without case). The services
-- refuse a duplicate with a field error; this index is the backstop for two saves racing.
-- NULLs (customers without a reference id) do not collide, in H2 as in PostgreSQL.
CREATE UNIQUE INDEX ux_customer_account_reference ON customer (account_id, reference_id_lower);
