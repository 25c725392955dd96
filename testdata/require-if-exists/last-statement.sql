-- A statement is atomic on its own: when nothing runs after it, a failure leaves nothing applied, and a
-- re-run starts clean (e.g. a golang-migrate file with one statement, a psql script's last statement).
ALTER TABLE orders DROP COLUMN legacy_code;
