ALTER TABLE orders ADD COLUMN IF NOT EXISTS region text;
-- expect: ban-concurrently-in-transaction "one implicit transaction"
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_region_idx ON orders (region);
