-- One non-transactional statement per file: Flyway runs it without a transaction.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);
