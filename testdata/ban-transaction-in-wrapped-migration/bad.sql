-- config: tx=wrapped
-- expect: ban-transaction-in-wrapped-migration "BEGIN inside the transaction the tool opened"
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
