CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, name text, phone text);
ALTER TABLE accounts ADD CONSTRAINT accounts_name_not_null CHECK (name IS NOT NULL) NOT VALID;
