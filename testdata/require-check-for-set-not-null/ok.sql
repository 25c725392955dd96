-- PostgreSQL 12+: a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip the scan.
ALTER TABLE orders ADD CONSTRAINT orders_region_not_null CHECK (region IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_region_not_null;
ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
ALTER TABLE orders DROP CONSTRAINT orders_region_not_null;

-- A table created earlier in the same migration is empty.
CREATE TABLE coupons (id bigint, code text);
ALTER TABLE coupons ALTER COLUMN code SET NOT NULL;
