-- config: tx=wrapped
-- Inside a transaction the finding is the same; only the help line changes.
-- expect: require-concurrent-index "CREATE INDEX orders_status_idx on orders"
CREATE INDEX orders_status_idx ON orders (status);
