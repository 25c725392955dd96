REINDEX INDEX CONCURRENTLY orders_customer_id_idx;
REINDEX TABLE CONCURRENTLY orders;
REINDEX (VERBOSE) SCHEMA CONCURRENTLY billing;

-- A table created earlier in the same migration, and an index on it, lock nobody out.
CREATE TABLE imports (id bigint PRIMARY KEY, batch text);
CREATE INDEX imports_batch_idx ON imports (batch);
REINDEX TABLE imports;
REINDEX INDEX imports_batch_idx;
