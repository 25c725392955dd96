-- A table created earlier in the same migration is empty.
CREATE TABLE snapshots (id bigint PRIMARY KEY, taken_at timestamptz);
CREATE INDEX snapshots_taken_at_idx ON snapshots (taken_at);
CLUSTER snapshots USING snapshots_taken_at_idx;
