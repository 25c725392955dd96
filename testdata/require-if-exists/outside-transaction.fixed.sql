-- config: idempotency=outside-transaction
-- With `idempotency: outside-transaction` only the statements that a later failure leaves applied are
-- reported, whatever the format: not inside BEGIN ... COMMIT, not the script's last statement.
-- expect: require-if-exists "DROP INDEX orders_flag_idx has no IF EXISTS: outside a transaction, re-running the migration after a later failure stops here with 'does not exist'"
DROP INDEX CONCURRENTLY IF EXISTS orders_flag_idx;

BEGIN;
ALTER TABLE orders DROP COLUMN legacy_flag;
ALTER TABLE orders DROP CONSTRAINT orders_flag_check;
DROP TABLE legacy_flags;
COMMIT;

ALTER TABLE orders DROP COLUMN legacy_code;
