-- Not a Flyway file name: psql runs it statement by statement.
SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_note_idx ON orders (status);
