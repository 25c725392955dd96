-- No BEGIN: every statement commits on its own.
-- expect: require-if-exists "DROP INDEX orders_legacy_idx has no IF EXISTS"
DROP INDEX CONCURRENTLY orders_legacy_idx;

-- expect: require-if-exists "DROP CONSTRAINT orders_legacy_check on orders"
ALTER TABLE orders DROP CONSTRAINT orders_legacy_check;

-- expect: require-if-exists "DROP COLUMN legacy_code on orders"
ALTER TABLE orders DROP COLUMN legacy_code;

-- expect: require-if-exists "DROP TABLE legacy_orders, legacy_order_lines"
DROP TABLE legacy_orders, legacy_order_lines;

-- expect: require-if-exists "DROP SCHEMA archive"
DROP SCHEMA archive CASCADE;

-- expect: require-if-exists "DROP TYPE order_state"
DROP TYPE order_state;

-- expect: require-if-exists "DROP SEQUENCE invoice_number_seq"
DROP SEQUENCE invoice_number_seq;

-- expect: require-if-exists "DROP VIEW order_totals"
DROP VIEW order_totals;

-- expect: require-if-exists "DROP MATERIALIZED VIEW daily_sales"
DROP MATERIALIZED VIEW daily_sales;

-- Any later statement can fail after the ones above took effect, and the migration is re-run.
ANALYZE orders;
