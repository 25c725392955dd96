-- Months later: orders holds millions of rows and takes writes all day.
ALTER TABLE orders ADD COLUMN status text NOT NULL;
CREATE INDEX orders_status_idx ON orders (status);
