-- config: idempotency=outside-transaction
-- With `idempotency: outside-transaction` only the statements that a later failure leaves applied are
-- reported, whatever the format: not inside BEGIN ... COMMIT, not the script's last statement.
-- expect: require-if-not-exists "CREATE TABLE shipments has no IF NOT EXISTS: outside a transaction, re-running the migration after a later failure stops here"
CREATE TABLE IF NOT EXISTS shipments (id bigint PRIMARY KEY, order_id bigint NOT NULL);

BEGIN;
CREATE INDEX shipments_order_id_idx ON shipments (order_id);
CREATE SCHEMA archive;
COMMIT;

SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN shipment_id bigint;
