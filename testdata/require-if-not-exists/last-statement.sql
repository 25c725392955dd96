-- A statement is atomic on its own: when nothing runs after it, a failure leaves nothing applied, and a
-- re-run starts clean (e.g. a golang-migrate file with one statement, a psql script's last statement).
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN note text;
