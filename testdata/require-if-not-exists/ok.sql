-- Idempotent forms.
CREATE TABLE IF NOT EXISTS audit_log (
    id bigint PRIMARY KEY,
    payload jsonb NOT NULL
);
CREATE INDEX CONCURRENTLY IF NOT EXISTS audit_log_payload_idx ON audit_log USING gin (payload);
CREATE SCHEMA IF NOT EXISTS reporting;
CREATE SEQUENCE IF NOT EXISTS invoice_number_seq;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS audit_id bigint;

-- Temporary tables vanish with the session.
CREATE TEMPORARY TABLE import_batch (line text);

-- Other kinds of CREATE are out of scope.
CREATE OR REPLACE VIEW order_totals AS SELECT order_id, sum(amount) FROM order_lines GROUP BY order_id;

-- Inside a transaction a failure rolls everything back: a retry starts clean.
BEGIN;
CREATE TABLE shipments (id bigint PRIMARY KEY, order_id bigint NOT NULL);
CREATE INDEX shipments_order_id_idx ON shipments (order_id);
CREATE SCHEMA archive;
CREATE SEQUENCE shipment_number_seq;
CREATE EXTENSION citext;
ALTER TABLE orders ADD COLUMN shipment_id bigint;
COMMIT;

-- A DO block's existence check is the guard: the CREATE under it only runs when the object is missing.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'order_state') THEN
    CREATE TYPE order_state AS ENUM ('new', 'paid');
    CREATE TABLE order_states (state order_state);
  END IF;
END $$;
