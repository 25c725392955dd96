-- a version sub-folder belongs to its location: Flyway scans it, and skips this name
ALTER TABLE products ADD COLUMN tags text[];
-- expect: ban-ignored-flyway-migration-name "prefix is v"
