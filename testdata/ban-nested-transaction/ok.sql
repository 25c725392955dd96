BEGIN;
ALTER TABLE orders ADD COLUMN note text;
SAVEPOINT backfill;
UPDATE orders SET note = '' WHERE id = 1;
RELEASE SAVEPOINT backfill;
COMMIT;

BEGIN;
ALTER TABLE orders ADD COLUMN note2 text;
COMMIT;
