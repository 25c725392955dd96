-- expect: ban-uncommitted-transaction "This BEGIN has no COMMIT after it"
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
