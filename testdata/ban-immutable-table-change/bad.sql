-- config: immutable-tables=events,audit.log
-- expect: ban-immutable-table-change "UPDATE on immutable table events"
UPDATE events SET payload = '{}' WHERE id = 7;

-- expect: ban-immutable-table-change "DELETE on immutable table events"
DELETE FROM events WHERE created_at < '2020-01-01';

-- expect: ban-immutable-table-change "TRUNCATE of immutable table audit.log"
TRUNCATE audit.log;

-- expect: ban-immutable-table-change "Dropping column payload of immutable table events"
ALTER TABLE events DROP COLUMN payload;

-- expect: ban-immutable-table-change "DROP TABLE of immutable table events"
DROP TABLE events;
