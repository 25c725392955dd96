-- A plain SQL script, run by hand with psql: nothing records that it ran, so running it twice is the
-- expected failure, for every statement, the last one too.
-- expect: require-if-not-exists "CREATE TABLE audit_log has no IF NOT EXISTS: plain SQL scripts are run by hand"
CREATE TABLE audit_log (
    id bigint PRIMARY KEY,
    payload jsonb NOT NULL
);

-- expect: require-if-not-exists "CREATE INDEX audit_log_payload_idx on audit_log"
CREATE INDEX CONCURRENTLY audit_log_payload_idx ON audit_log USING gin (payload);

-- expect: require-if-not-exists "CREATE INDEX on audit_log has no name and no IF NOT EXISTS: plain SQL scripts are run by hand and nothing records that this one ran, so running it a second time builds a duplicate index"
CREATE INDEX CONCURRENTLY ON audit_log (id, payload);

-- expect: require-if-not-exists "CREATE SCHEMA reporting"
CREATE SCHEMA reporting;

-- expect: require-if-not-exists "CREATE SEQUENCE invoice_number_seq"
CREATE SEQUENCE invoice_number_seq;

-- expect: require-if-not-exists "CREATE EXTENSION pgcrypto"
CREATE EXTENSION pgcrypto;

-- expect: require-if-not-exists "CREATE MATERIALIZED VIEW reporting.daily_audit has no IF NOT EXISTS"
CREATE MATERIALIZED VIEW reporting.daily_audit AS
    SELECT date_trunc('day', now()) AS day, count(*) AS n FROM audit_log;

-- expect: require-if-not-exists "CREATE VIEW recent_audit has no OR REPLACE" help "may only add new ones at the end"
CREATE VIEW recent_audit AS SELECT id, payload FROM audit_log ORDER BY id DESC LIMIT 100;

-- expect: require-if-not-exists "CREATE FUNCTION audit_touch has no OR REPLACE"
CREATE FUNCTION audit_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.payload := NEW.payload || jsonb_build_object('touched', now());
  RETURN NEW;
END $$;

-- expect: require-if-not-exists "CREATE PROCEDURE purge_audit has no OR REPLACE"
CREATE PROCEDURE purge_audit(keep_days int) LANGUAGE sql AS $$
  DELETE FROM audit_log WHERE id < 0;
$$;

-- expect: require-if-not-exists "CREATE TRIGGER audit_touch_trg on audit_log has no OR REPLACE" help "CREATE OR REPLACE TRIGGER audit_touch_trg (PostgreSQL 14 and later)"
CREATE TRIGGER audit_touch_trg BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_touch();

-- expect: require-if-not-exists "CREATE TYPE audit_kind has no guard (PostgreSQL has no CREATE TYPE IF NOT EXISTS)" help "EXCEPTION WHEN duplicate_object"
CREATE TYPE audit_kind AS ENUM ('insert', 'update', 'delete');

-- expect: require-if-not-exists "CREATE DOMAIN audit_text has no guard"
CREATE DOMAIN audit_text AS text CHECK (length(VALUE) < 10000);

-- Two columns in one statement: one finding per action.
-- expect: require-if-not-exists "ADD COLUMN a on orders"
-- expect: require-if-not-exists "ADD COLUMN b on orders"
ALTER TABLE orders ADD COLUMN a int, ADD COLUMN b int;

-- A DO block runs with the script: an unguarded CREATE in it fails on a second run all the same.
DO $$
BEGIN
  -- expect: require-if-not-exists "CREATE TABLE order_notes has no IF NOT EXISTS"
  CREATE TABLE order_notes (id bigint);
END $$;

-- The last statement too: a hand-run script fails on it the second time.
-- expect: require-if-not-exists "ADD COLUMN audit_id on orders has no IF NOT EXISTS: plain SQL scripts are run by hand"
ALTER TABLE orders ADD COLUMN audit_id bigint;
