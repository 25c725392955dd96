-- Build the index concurrently, then attach it.
CREATE UNIQUE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);
ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_idx;

-- A table created earlier in the same migration is empty.
CREATE TABLE coupons (id bigint, code text);
ALTER TABLE coupons ADD PRIMARY KEY (id);
ALTER TABLE coupons ADD CONSTRAINT coupons_code_key UNIQUE (code);
