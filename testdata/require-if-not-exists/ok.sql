-- Forms that run twice.
CREATE TABLE IF NOT EXISTS audit_log (
    id bigint PRIMARY KEY,
    payload jsonb NOT NULL
);
CREATE INDEX CONCURRENTLY IF NOT EXISTS audit_log_payload_idx ON audit_log USING gin (payload);
CREATE SCHEMA IF NOT EXISTS reporting;
CREATE SEQUENCE IF NOT EXISTS invoice_number_seq;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE MATERIALIZED VIEW IF NOT EXISTS reporting.daily_audit AS SELECT count(*) AS n FROM audit_log;
CREATE OR REPLACE VIEW order_totals AS SELECT order_id, sum(amount) FROM order_lines GROUP BY order_id;
CREATE OR REPLACE FUNCTION audit_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER audit_touch_trg BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_touch();
ALTER TABLE orders ADD COLUMN IF NOT EXISTS audit_id bigint;

-- Temporary tables vanish with the session.
CREATE TEMPORARY TABLE import_batch (line text);

-- Drop and re-create: the DROP ... IF EXISTS before it makes the CREATE re-runnable.
DROP VIEW IF EXISTS recent_audit;
CREATE VIEW recent_audit AS SELECT id FROM audit_log;
DROP TRIGGER IF EXISTS audit_check_trg ON audit_log;
CREATE TRIGGER audit_check_trg BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_touch();
DROP TABLE IF EXISTS audit_staging;
CREATE TABLE audit_staging (line text);

-- A DO block's existence check (or exception handler) is the guard: the CREATE under it only runs when
-- the object is missing.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'order_state') THEN
    CREATE TYPE order_state AS ENUM ('new', 'paid');
    CREATE TABLE order_states (state order_state);
  END IF;
END $$;
DO $$
BEGIN
  CREATE TYPE audit_kind AS ENUM ('insert', 'update');
EXCEPTION
  WHEN duplicate_object THEN NULL;
END $$;

-- A function body runs when the function is called, not with the script.
CREATE OR REPLACE FUNCTION make_partition(suffix text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  CREATE TABLE audit_log_archive (LIKE audit_log);
END $$;

-- A staging table the script drops again: a second run does not find it in its way.
CREATE TABLE audit_import (line text);
INSERT INTO audit_log (id, payload) SELECT row_number() OVER (), to_jsonb(line) FROM audit_import;
DROP TABLE IF EXISTS audit_import;
