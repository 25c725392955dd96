-- Several non-transactional statements and nothing else: no mix.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_id_status_idx ON orders (id, status);
DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;
