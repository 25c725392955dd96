-- A plain script runs in autocommit mode: its own BEGIN/COMMIT are how it gets a transaction.
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
