-- expect: require-not-null-before-primary-key "makes id NOT NULL: it is nullable, so PostgreSQL scans legacy_events"
ALTER TABLE legacy_events ADD CONSTRAINT legacy_events_pkey PRIMARY KEY USING INDEX legacy_events_id_idx;

-- audit_log.id is already NOT NULL: no scan.
ALTER TABLE audit_log ADD CONSTRAINT audit_log_pkey PRIMARY KEY USING INDEX audit_log_id_idx;
