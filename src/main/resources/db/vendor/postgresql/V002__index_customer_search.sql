-- PostgreSQL only: the grid's searches stay fast at a million customers.
-- Covering indexes let "name contains … ordered by name" walk the index alone (index-only scans);
-- trigram indexes find rare matches directly. H2 (the embedded development database) has neither
-- and searches by scanning.
CREATE INDEX ix_customer_account_name_search ON customer (account_id, name, id)
    INCLUDE (name_lower, reference_id_lower);
CREATE INDEX ix_customer_name_search ON customer (name, id)
    INCLUDE (account_id, name_lower, reference_id_lower);
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE INDEX ix_customer_name_trgm ON customer USING gin (name_lower public.gin_trgm_ops);
CREATE INDEX ix_customer_reference_trgm ON customer USING gin (reference_id_lower public.gin_trgm_ops);
