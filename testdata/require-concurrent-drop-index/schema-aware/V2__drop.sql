-- The schema knows which table the index belongs to.
-- expect: require-concurrent-drop-index "DROP INDEX accounts_email_idx takes an ACCESS EXCLUSIVE lock on accounts"
DROP INDEX accounts_email_idx;

-- An index on a table created in this migration.
CREATE TABLE drafts (id bigint PRIMARY KEY, title text);
CREATE INDEX drafts_title_idx ON drafts (title);
DROP INDEX drafts_title_idx;

