-- A table created in the same migration has no readers yet.
CREATE TABLE orders_new (id bigint PRIMARY KEY);
ALTER TABLE orders_new RENAME TO orders_v2;

-- Renaming an index breaks no query.
ALTER INDEX orders_idx RENAME TO orders_customer_idx;
