CREATE TABLE legacy_events (id bigint, payload jsonb);
CREATE TABLE audit_log (id bigint NOT NULL, at timestamptz);
