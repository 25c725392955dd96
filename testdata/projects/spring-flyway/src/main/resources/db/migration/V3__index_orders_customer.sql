CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON ${app_schema}.orders (customer_id);
