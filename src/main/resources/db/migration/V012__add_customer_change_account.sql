-- The account on every customer history row, so that the log entries of an account are found (and
-- scoped) without going through the customer, which may be gone. Rows of a customer deleted before
-- this migration keep no account: they are read by system administrators only.
ALTER TABLE customer_change ADD COLUMN account_id VARCHAR(64);
UPDATE customer_change SET account_id = (SELECT c.account_id FROM customer c WHERE c.id = customer_change.customer_id);

-- one customer newest first (and the rows of one change: same customer and instant)
CREATE INDEX ix_customer_change_customer_at ON customer_change (customer_id, changed_at, id);
-- one account newest first
CREATE INDEX ix_customer_change_account_at ON customer_change (account_id, changed_at, id);
-- every account newest first (administrators)
CREATE INDEX ix_customer_change_at ON customer_change (changed_at, id);
CREATE INDEX ix_account_change_account_at ON account_change (account_id, changed_at, id);
