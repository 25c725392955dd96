CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE sessions (id bigint PRIMARY KEY, account_id bigint);
CREATE TABLE logins (id bigint PRIMARY KEY, account_id bigint);
CREATE INDEX logins_account_id_idx ON logins (account_id);
