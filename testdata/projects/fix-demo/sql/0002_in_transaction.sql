BEGIN;
-- Inside a transaction block CONCURRENTLY would fail: the fix is unsafe here.
CREATE INDEX orders_id_customer_idx ON orders (id, customer_id);
COMMIT;

DROP INDEX orders_customer_id_idx;
ANALYZE orders;
