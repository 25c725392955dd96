-- added since the base: a new migration, nothing to report
ALTER TABLE users ADD COLUMN name text;
