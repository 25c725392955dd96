-- config: rules=all
-- godwit-ignore-file: require-if-exists, ban-drop-table -- the deploy script retries from a snapshot
SET lock_timeout = '5s';
DROP TABLE legacy_sessions;
-- godwit-ignore: require-concurrent-index, require-if-not-exists -- built in the maintenance window
CREATE INDEX orders_status_idx ON orders (status);
ANALYZE orders;
