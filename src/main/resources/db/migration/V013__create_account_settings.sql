-- An account's settings beyond its own row: the schema of its customers' custom data (a JSON list of
-- field definitions, in their order). One row per account that has any; it goes with the account.
-- (The tag catalogue stays in its own table, tag.)

CREATE TABLE account_settings (
    account_id      VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    customer_fields VARCHAR     NOT NULL,
    version         BIGINT      NOT NULL
);
