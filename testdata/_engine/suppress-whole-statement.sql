-- config: rules=all
SET lock_timeout = '5s';
-- An ignore comment covers the whole next statement, however many lines it spans.
-- godwit-ignore: require-concurrent-index -- built during the maintenance window
CREATE INDEX IF NOT EXISTS
    orders_created_at_idx
    ON orders (created_at);

-- The next statement is not covered.
-- expect: require-concurrent-index
CREATE INDEX IF NOT EXISTS orders_total_idx ON orders (total);
