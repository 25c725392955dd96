-- A repair migration repeats earlier DDL with IF NOT EXISTS: the index exists, nothing is built.
CREATE TABLE IF NOT EXISTS accounts (id bigint PRIMARY KEY, email text);
CREATE INDEX IF NOT EXISTS accounts_email_idx ON accounts (email);

-- A temporary table is new.
CREATE TEMP TABLE dedup_map AS SELECT id FROM accounts;
CREATE INDEX ON dedup_map (id);
