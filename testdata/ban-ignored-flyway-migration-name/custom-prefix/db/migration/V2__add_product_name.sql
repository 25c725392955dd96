ALTER TABLE products ADD COLUMN name text;
-- expect: ban-ignored-flyway-migration-name "sqlMigrationPrefix is M" help "M2-add_product_name.sql"
