-- Idempotent forms.
DROP INDEX CONCURRENTLY IF EXISTS orders_legacy_idx;
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_legacy_check;
ALTER TABLE orders DROP COLUMN IF EXISTS legacy_code;
DROP TABLE IF EXISTS legacy_orders, legacy_order_lines;
DROP SCHEMA IF EXISTS archive CASCADE;
DROP TYPE IF EXISTS order_state;
DROP SEQUENCE IF EXISTS invoice_number_seq;
DROP VIEW IF EXISTS order_totals;

-- Other kinds of DROP are out of scope.
DROP FUNCTION compute_totals(bigint);

-- Inside a transaction a failure rolls everything back: a retry starts clean.
BEGIN;
ALTER TABLE orders DROP COLUMN legacy_flag;
ALTER TABLE orders DROP CONSTRAINT orders_flag_check;
DROP TABLE legacy_flags;
DROP INDEX orders_flag_idx;
COMMIT;

-- A DO block's existence check is the guard: the DROP under it only runs when the object is there.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_tables WHERE tablename = 'legacy_orders') THEN
    DROP TABLE legacy_orders;
  END IF;
END $$;
