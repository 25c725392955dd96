-- A staging table created in the same migration.
CREATE TABLE import_rows (line text);
TRUNCATE import_rows;

-- CASCADE is ban-truncate-cascade's finding.
TRUNCATE sessions CASCADE;
