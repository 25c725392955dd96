-- config: immutable-tables=events
-- Appending is what an event store is for.
INSERT INTO events (stream_id, type, payload) VALUES (1, 'created', '{}');
-- Adding a column or an index changes no recorded data.
ALTER TABLE events ADD COLUMN correlation_id uuid;
CREATE INDEX CONCURRENTLY events_stream_idx ON events (stream_id);
-- Other tables are not immutable.
UPDATE projections SET version = 2 WHERE id = 1;
