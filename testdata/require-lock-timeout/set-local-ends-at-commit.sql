BEGIN;
SET LOCAL lock_timeout = '3s';
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
-- SET LOCAL ended with the transaction.
-- expect: require-lock-timeout "CREATE INDEX takes a SHARE lock on orders"
CREATE INDEX orders_note_idx ON orders (note);
