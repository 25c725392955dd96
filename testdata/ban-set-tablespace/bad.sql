-- expect: ban-set-tablespace "SET TABLESPACE archive copies every data file of events"
ALTER TABLE events SET TABLESPACE archive;
