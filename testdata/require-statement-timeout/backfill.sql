SET lock_timeout = '5s';
-- expect: require-statement-timeout "UPDATE of orders is a backfill" help "SET statement_timeout"
UPDATE orders SET region = 'eu' WHERE region IS NULL;
