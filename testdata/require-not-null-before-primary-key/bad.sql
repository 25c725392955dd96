-- The table predates this migration; a NOT VALID check is not enough to skip the scan.
ALTER TABLE legacy_events ADD COLUMN id bigint;
CREATE UNIQUE INDEX CONCURRENTLY legacy_events_id_idx ON legacy_events (id);
ALTER TABLE legacy_events ADD CONSTRAINT legacy_events_id_not_null CHECK (id IS NOT NULL) NOT VALID;
-- expect: require-not-null-before-primary-key "makes id NOT NULL"
ALTER TABLE legacy_events ADD CONSTRAINT legacy_events_pkey PRIMARY KEY USING INDEX legacy_events_id_idx;
