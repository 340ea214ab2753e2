-- The account on every customer history row, so that the log entries of an account are found (and
-- scoped) without going through the customer, which may be gone. Rows of a customer deleted before
-- this migration keep no account: they are read by system administrators only.
ALTER TABLE customer_change ADD COLUMN account_id VARCHAR(64);
UPDATE customer_change SET account_id = (SELECT c.account_id FROM customer c WHERE c.id = customer_change.customer_id);

-- The first row of each change (the smallest id among the rows one person wrote on one customer at
-- one instant through one channel) stands for the change in the log: a flag written with the rows,
-- so that listing and counting changes is an index range scan with a filter, never a self-join.
ALTER TABLE customer_change ADD COLUMN first_of_change BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE customer_change SET first_of_change = FALSE
 WHERE id > (SELECT MIN(p.id) FROM customer_change p WHERE p.customer_id = customer_change.customer_id
               AND p.changed_at = customer_change.changed_at AND p.changed_by = customer_change.changed_by
               AND p.channel = customer_change.channel);

-- one customer newest first (and the rows of one change: same customer and instant)
CREATE INDEX ix_customer_change_customer_at ON customer_change (customer_id, changed_at, id);
-- one account newest first
CREATE INDEX ix_customer_change_account_at ON customer_change (account_id, changed_at, id);
-- every account newest first (administrators)
CREATE INDEX ix_customer_change_at ON customer_change (changed_at, id);
CREATE INDEX ix_account_change_account_at ON account_change (account_id, changed_at, id);
