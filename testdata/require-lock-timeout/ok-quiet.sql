-- Statements that take no lock conflicting with reads or writes, and tables created in this migration.
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint);
CREATE INDEX invoices_order_idx ON invoices (order_id);
ALTER TABLE invoices ADD COLUMN note text;
CREATE INDEX CONCURRENTLY orders_created_idx ON orders (created_at);
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
INSERT INTO orders (id) VALUES (1);
UPDATE orders SET note = '' WHERE id = 1;
CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- a routine body runs when the function is called, not when the migration runs
  ALTER TABLE orders ADD COLUMN touched boolean;
  RETURN NEW;
END
$$;
-- REFRESH ... CONCURRENTLY takes an EXCLUSIVE lock on the view, which still lets SELECT run: an application
-- does nothing else with a materialized view, so the lock blocks nobody.
REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales;
