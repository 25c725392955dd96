CREATE UNIQUE INDEX CONCURRENTLY legacy_events_id_idx ON legacy_events (id);
CREATE UNIQUE INDEX CONCURRENTLY audit_log_id_idx ON audit_log (id);
