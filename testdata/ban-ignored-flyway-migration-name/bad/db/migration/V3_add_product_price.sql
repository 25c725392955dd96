ALTER TABLE products ADD COLUMN price_cents integer;
-- expect: ban-ignored-flyway-migration-name "one underscore" help "V3__add_product_price.sql"
