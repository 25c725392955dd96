CREATE TABLE events_2020 (id bigint, at timestamptz);
ALTER TABLE events_2020 SET TABLESPACE archive;
CREATE INDEX events_2020_at_idx ON events_2020 (at);
ALTER INDEX events_2020_at_idx SET TABLESPACE archive;
