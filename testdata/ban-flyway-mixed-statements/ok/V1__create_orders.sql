-- Transactional statements only: Flyway runs the file in one transaction.
SET lock_timeout = '5s';
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);
COMMENT ON TABLE orders IS 'One row per order';
