-- A SET before the build is enough for Flyway to refuse the file.
SET lock_timeout = '5s';
-- expect: ban-flyway-mixed-statements "runs outside a transaction, but line 2 already holds a transactional statement"
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
