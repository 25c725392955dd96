BEGIN;
ALTER TABLE orders ADD COLUMN note text;
-- expect: ban-nested-transaction "BEGIN inside an open transaction block"
BEGIN;
UPDATE orders SET note = '' WHERE id = 1;
COMMIT;
COMMIT;
