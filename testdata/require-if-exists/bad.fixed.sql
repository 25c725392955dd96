-- A plain SQL script, run by hand with psql: nothing records that it ran, so running it twice is the
-- expected failure, for every statement, the last one too.
-- expect: require-if-exists "DROP INDEX orders_legacy_idx has no IF EXISTS: plain SQL scripts are run by hand"
DROP INDEX CONCURRENTLY IF EXISTS orders_legacy_idx;

-- expect: require-if-exists "DROP CONSTRAINT orders_legacy_check on orders"
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_legacy_check;

-- expect: require-if-exists "DROP COLUMN legacy_code on orders"
ALTER TABLE orders DROP COLUMN IF EXISTS legacy_code;

-- expect: require-if-exists "DROP TABLE legacy_orders, legacy_order_lines"
DROP TABLE IF EXISTS legacy_orders, legacy_order_lines;

-- expect: require-if-exists "DROP SCHEMA archive"
DROP SCHEMA IF EXISTS archive CASCADE;

-- expect: require-if-exists "DROP TYPE order_state"
DROP TYPE IF EXISTS order_state;

-- expect: require-if-exists "DROP SEQUENCE invoice_number_seq"
DROP SEQUENCE IF EXISTS invoice_number_seq;

-- expect: require-if-exists "DROP VIEW order_totals"
DROP VIEW IF EXISTS order_totals;

-- expect: require-if-exists "DROP MATERIALIZED VIEW daily_sales"
DROP MATERIALIZED VIEW IF EXISTS daily_sales;

-- expect: require-if-exists "DROP FUNCTION compute_totals"
DROP FUNCTION IF EXISTS compute_totals(bigint);

-- expect: require-if-exists "DROP PROCEDURE purge_orders"
DROP PROCEDURE IF EXISTS purge_orders(int);

-- expect: require-if-exists "DROP TRIGGER orders_touch_trg ON orders has no IF EXISTS"
DROP TRIGGER IF EXISTS orders_touch_trg ON orders;

-- expect: require-if-exists "DROP EXTENSION hstore"
DROP EXTENSION IF EXISTS hstore;

-- expect: require-if-exists "DROP DOMAIN order_code"
DROP DOMAIN IF EXISTS order_code;

-- expect: require-if-exists "DROP POLICY orders_tenant ON orders"
DROP POLICY IF EXISTS orders_tenant ON orders;

-- The last statement too: a hand-run script fails on it the second time.
-- expect: require-if-exists "DROP TABLE legacy_flags has no IF EXISTS: plain SQL scripts are run by hand"
DROP TABLE IF EXISTS legacy_flags;
