-- A schema created earlier in the same migration.
CREATE SCHEMA tmp_import;
DROP SCHEMA tmp_import;
