-- A plain SQL file runs in autocommit mode: each statement is its own transaction.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);
DROP INDEX CONCURRENTLY IF EXISTS orders_legacy_idx;
BEGIN;
-- from PostgreSQL 12 on ADD VALUE may run in a transaction block
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';
CREATE INDEX orders_created_idx ON orders (created_at);
COMMIT;
REINDEX INDEX CONCURRENTLY orders_pkey;
