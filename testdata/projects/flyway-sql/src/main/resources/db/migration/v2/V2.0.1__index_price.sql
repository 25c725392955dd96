-- Flyway sees CONCURRENTLY and runs this script without a transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS products_price_idx ON products (price_cents);
