-- config: pg-version=11
-- Before PostgreSQL 12 SET NOT NULL always scans, validated check or not.
ALTER TABLE orders ADD CONSTRAINT orders_region_not_null CHECK (region IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_region_not_null;
-- expect: require-check-for-set-not-null "before PostgreSQL 12 it scans even when a validated CHECK exists"
ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
