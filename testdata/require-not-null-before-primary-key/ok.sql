-- A validated CHECK (id IS NOT NULL) lets PostgreSQL 12+ skip the scan.
ALTER TABLE legacy_events ADD COLUMN id bigint;
CREATE UNIQUE INDEX CONCURRENTLY legacy_events_id_idx ON legacy_events (id);
ALTER TABLE legacy_events ADD CONSTRAINT legacy_events_id_not_null CHECK (id IS NOT NULL) NOT VALID;
ALTER TABLE legacy_events VALIDATE CONSTRAINT legacy_events_id_not_null;
ALTER TABLE legacy_events ADD CONSTRAINT legacy_events_pkey PRIMARY KEY USING INDEX legacy_events_id_idx;

-- Columns Godwit knows nothing about: it stays quiet.
ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_idx;
