DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;
-- expect: ban-flyway-mixed-statements "is transactional, but line 1 holds"
COMMENT ON TABLE orders IS 'One row per order';
CREATE INDEX CONCURRENTLY orders_status_idx2 ON orders (status);
