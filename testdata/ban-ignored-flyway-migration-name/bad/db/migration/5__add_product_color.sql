ALTER TABLE products ADD COLUMN color text;
-- expect: ban-ignored-flyway-migration-name "no V prefix"
