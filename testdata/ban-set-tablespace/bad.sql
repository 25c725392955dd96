-- expect: ban-set-tablespace "SET TABLESPACE archive copies every data file of events"
ALTER TABLE events SET TABLESPACE archive;
CREATE INDEX events_at_idx ON events (at);
-- expect: ban-set-tablespace "ALTER INDEX events_pkey SET TABLESPACE copies every file of the index"
ALTER INDEX events_pkey SET TABLESPACE archive;
-- expect: ban-set-tablespace "every query planned on events waits"
ALTER INDEX events_at_idx SET TABLESPACE archive;
