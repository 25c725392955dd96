BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN note text;
-- expect: ban-statements-after-access-exclusive-lock "CREATE INDEX on orders runs while this transaction holds the ACCESS EXCLUSIVE lock on orders taken at line 3"
CREATE INDEX orders_note_idx ON orders (note);
-- Reported once per transaction.
UPDATE customers SET tier = 'basic';
COMMIT;

BEGIN;
ALTER TABLE customers DROP COLUMN fax;
-- Waiting for another table's lock while holding this one.
-- expect: ban-statements-after-access-exclusive-lock "ALTER TABLE on invoices runs while this transaction holds the ACCESS EXCLUSIVE lock on customers"
ALTER TABLE invoices ADD COLUMN paid boolean;
COMMIT;
