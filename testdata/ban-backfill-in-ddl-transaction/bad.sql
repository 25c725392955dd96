BEGIN;
ALTER TABLE orders ADD COLUMN paid boolean;
-- expect: ban-backfill-in-ddl-transaction "UPDATE of every row of orders runs in the same transaction as ALTER TABLE on orders (line 2)"
UPDATE orders SET paid = false;
-- One finding per transaction.
UPDATE invoices SET paid = false;
COMMIT;
