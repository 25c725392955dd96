-- expect: require-not-valid-check "Adding CHECK constraint orders_total_positive on orders without NOT VALID"
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);

-- expect: require-not-valid-check "ACCESS EXCLUSIVE lock: it blocks reads and writes on accounts"
ALTER TABLE accounts ADD CHECK (email IS NOT NULL);

-- expect: require-not-valid-check "ADD COLUMN discount_pct with a CHECK verifies the check against every existing row of orders"
ALTER TABLE orders ADD COLUMN discount_pct int CHECK (discount_pct BETWEEN 0 AND 100);
-- expect: require-not-valid-check "ADD COLUMN priority with a CHECK"
ALTER TABLE orders ADD COLUMN priority int DEFAULT 0 CONSTRAINT orders_priority_range CHECK (priority >= 0);
