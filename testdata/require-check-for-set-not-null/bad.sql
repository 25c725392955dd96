-- expect: require-check-for-set-not-null "SET NOT NULL on orders.region scans every row"
ALTER TABLE orders ALTER COLUMN region SET NOT NULL;

-- A NOT VALID check does not count until it is validated.
ALTER TABLE orders ADD CONSTRAINT orders_status_not_null CHECK (status IS NOT NULL) NOT VALID;
-- expect: require-check-for-set-not-null "it is NOT VALID: VALIDATE it first"
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
