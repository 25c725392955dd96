-- expect: ban-drop-table "Dropping table sessions"
DROP TABLE sessions;

-- One finding per statement, naming every table.
-- expect: ban-drop-table "tables audit_2019, audit_2020"
DROP TABLE IF EXISTS audit_2019, audit_2020 CASCADE;
