-- config: rules=all
-- The index is built concurrently now, so the ignore comment accepts nothing.
-- expect: unused-suppression "require-concurrent-index suppresses nothing"
-- godwit-ignore: require-concurrent-index -- small table
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);
