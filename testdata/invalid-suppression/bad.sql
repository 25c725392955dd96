-- config: rules=all
-- expect: invalid-suppression "unknown rule"
-- godwit-ignore: require-concurent-index -- typo
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);

-- expect: invalid-suppression "needs the ids"
-- godwit-ignore
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_total_idx ON orders (total);

-- expect: invalid-suppression "before the first statement"
-- godwit-ignore-file: require-if-exists
DROP INDEX CONCURRENTLY IF EXISTS orders_old_idx;
