CREATE TABLE accounts (id bigint PRIMARY KEY, email text);
CREATE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);
