CREATE TABLE events_2020 (id bigint, at timestamptz);
ALTER TABLE events_2020 SET TABLESPACE archive;
