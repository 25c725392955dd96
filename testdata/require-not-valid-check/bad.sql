-- expect: require-not-valid-check "Adding CHECK constraint orders_total_positive on orders without NOT VALID"
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);

-- expect: require-not-valid-check "ACCESS EXCLUSIVE lock: it blocks reads and writes on accounts"
ALTER TABLE accounts ADD CHECK (email IS NOT NULL);
