-- No BEGIN: every statement commits on its own.
-- expect: require-if-not-exists "CREATE TABLE audit_log has no IF NOT EXISTS"
CREATE TABLE IF NOT EXISTS audit_log (
    id bigint PRIMARY KEY,
    payload jsonb NOT NULL
);

-- expect: require-if-not-exists "CREATE INDEX audit_log_payload_idx on audit_log"
CREATE INDEX CONCURRENTLY IF NOT EXISTS audit_log_payload_idx ON audit_log USING gin (payload);

-- expect: require-if-not-exists "CREATE INDEX on audit_log has no name"
CREATE INDEX CONCURRENTLY ON audit_log (id, payload);

-- expect: require-if-not-exists "CREATE SCHEMA reporting"
CREATE SCHEMA IF NOT EXISTS reporting;

-- expect: require-if-not-exists "CREATE SEQUENCE invoice_number_seq"
CREATE SEQUENCE IF NOT EXISTS invoice_number_seq;

-- expect: require-if-not-exists "CREATE EXTENSION pgcrypto"
CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- expect: require-if-not-exists "ADD COLUMN audit_id on orders"
ALTER TABLE orders ADD COLUMN IF NOT EXISTS audit_id bigint;

-- Two columns in one statement: one finding per action.
-- expect: require-if-not-exists "ADD COLUMN a on orders"
-- expect: require-if-not-exists "ADD COLUMN b on orders"
ALTER TABLE orders ADD COLUMN IF NOT EXISTS a int, ADD COLUMN IF NOT EXISTS b int;

-- A DO block runs with the migration: an unguarded CREATE in it fails on a re-run all the same.
DO $$
BEGIN
  -- expect: require-if-not-exists "CREATE TABLE order_notes has no IF NOT EXISTS"
  CREATE TABLE IF NOT EXISTS order_notes (id bigint);
END $$;

-- Any later statement can fail after the ones above took effect, and the migration is re-run.
ANALYZE orders;
