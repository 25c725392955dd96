-- A table created in this migration (after a rename, still the same new table) is empty.
CREATE TABLE tmp_sessions (id bigint PRIMARY KEY, account_id bigint);
ALTER TABLE tmp_sessions RENAME TO sessions;
CREATE INDEX sessions_account_id_idx ON sessions (account_id);
-- accounts was created in an earlier migration: it may hold rows by now.
-- expect: require-concurrent-index "on accounts"
CREATE INDEX accounts_email_idx ON accounts (email);
