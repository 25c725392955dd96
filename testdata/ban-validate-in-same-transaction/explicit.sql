BEGIN;
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;
-- expect: ban-validate-in-same-transaction "the BEGIN at line 1"
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;
COMMIT;
