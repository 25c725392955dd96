-- config: rules=all
SET lock_timeout = '5s';
CREATE INDEX IF NOT EXISTS orders_a_idx ON orders (a); -- godwit-ignore: require-concurrent-index -- tiny table
-- expect: require-concurrent-index
CREATE INDEX IF NOT EXISTS orders_b_idx ON orders (b);
