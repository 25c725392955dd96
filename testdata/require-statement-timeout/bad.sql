-- expect: require-statement-timeout "CREATE INDEX orders_created_at_idx on orders reads the whole table"
CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);
-- one SET would cover the rest of the script: reported once
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
