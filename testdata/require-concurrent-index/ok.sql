-- Concurrent builds do not block writes.
CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS accounts_email_key ON accounts (lower(email));

-- A table created above in the same migration is new and empty.
CREATE TABLE shipments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL,
    shipped_at timestamptz
);
CREATE INDEX shipments_order_id_idx ON shipments (order_id);

-- ON ONLY a partitioned parent builds nothing.
CREATE INDEX measurements_logdate_idx ON ONLY measurements (logdate);
