-- config: pg-version=11
BEGIN;
-- expect: ban-concurrently-in-transaction "CREATE INDEX CONCURRENTLY orders_status_idx cannot run inside a transaction block"
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
-- expect: ban-concurrently-in-transaction "the BEGIN at line 2 opened a transaction block"
DROP INDEX CONCURRENTLY orders_legacy_idx;
-- expect: ban-concurrently-in-transaction "REINDEX CONCURRENTLY"
REINDEX INDEX CONCURRENTLY orders_pkey;
-- expect: ban-concurrently-in-transaction "DETACH PARTITION"
ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;
-- ALTER TYPE ... ADD VALUE before PostgreSQL 12 is ban-enum-add-value-in-transaction's finding, not this rule's
ALTER TYPE order_status ADD VALUE 'refunded';
-- expect: ban-concurrently-in-transaction "VACUUM"
VACUUM ANALYZE orders;
COMMIT;
