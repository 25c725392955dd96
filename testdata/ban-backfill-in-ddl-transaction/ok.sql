-- Outside a transaction block the DDL's lock is released before the backfill.
ALTER TABLE orders ADD COLUMN paid boolean;
UPDATE orders SET paid = false;

-- Copying into a table created in the same transaction locks no existing table.
BEGIN;
CREATE TABLE order_archive (id bigint, paid boolean);
INSERT INTO order_archive SELECT id, paid FROM orders;
COMMIT;

-- A batch with WHERE is not a whole-table backfill.
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
UPDATE orders SET note = '' WHERE id BETWEEN 1 AND 1000;
COMMIT;
