-- alone in its file: golang-migrate sends one statement, no implicit transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_idx ON orders (created_at);
