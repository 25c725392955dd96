-- Flyway's initSql has set statement_timeout for every migration
CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);
