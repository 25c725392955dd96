ALTER TABLE products ADD COLUMN name text;
-- expect: ban-ignored-flyway-migration-name "prefix is v" help "V2__add_product_name.sql"
