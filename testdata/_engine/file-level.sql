-- config: rules=all
-- godwit-ignore-file: require-concurrent-index, require-if-not-exists -- seed data for a new database
SET lock_timeout = '5s';
CREATE INDEX a_idx ON a (x);
CREATE INDEX b_idx ON b (y);
-- expect: require-concurrent-drop-index
DROP INDEX IF EXISTS c_idx;
