-- Forms that run twice.
DROP INDEX CONCURRENTLY IF EXISTS orders_legacy_idx;
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_legacy_check;
ALTER TABLE orders DROP COLUMN IF EXISTS legacy_code;
DROP TABLE IF EXISTS legacy_orders, legacy_order_lines;
DROP SCHEMA IF EXISTS archive CASCADE;
DROP TYPE IF EXISTS order_state;
DROP SEQUENCE IF EXISTS invoice_number_seq;
DROP VIEW IF EXISTS order_totals;
DROP FUNCTION IF EXISTS compute_totals(bigint);
DROP TRIGGER IF EXISTS orders_touch_trg ON orders;

-- Made earlier in the same script: a second run reaches the DROP only after making it again.
CREATE TABLE IF NOT EXISTS import_batch (line text);
DROP TABLE import_batch;

-- A DO block's existence check is the guard: the DROP under it only runs when the object is there.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_tables WHERE tablename = 'legacy_orders') THEN
    DROP TABLE legacy_orders;
  END IF;
END $$;
DO $$
BEGIN
  DROP TYPE order_state;
EXCEPTION
  WHEN undefined_object THEN NULL;
END $$;

-- Dropped and made again (in the same statement or later): a second run finds what the first one re-made.
ALTER TABLE orders DROP CONSTRAINT orders_state_check, ADD CONSTRAINT orders_state_check CHECK (state IN ('new', 'paid'));
ALTER TABLE orders DROP CONSTRAINT orders_total_check;
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);
DROP VIEW order_summary;
CREATE VIEW order_summary AS SELECT id, total FROM orders;

-- A column swapped for a converted copy: the RENAME gives the dropped name back, so a second run finds it.
ALTER TABLE orders ADD COLUMN IF NOT EXISTS placed_at_tz timestamptz;
UPDATE orders SET placed_at_tz = placed_at WHERE placed_at_tz IS NULL;
ALTER TABLE orders DROP COLUMN placed_at;
ALTER TABLE orders RENAME COLUMN placed_at_tz TO placed_at;
