-- The Accounts view counts each account's users: its managers and the customer users of its customers.
CREATE INDEX ix_app_user_account_account ON app_user_account (account_id, app_user);
CREATE INDEX ix_app_user_customer ON app_user (customer_id);
