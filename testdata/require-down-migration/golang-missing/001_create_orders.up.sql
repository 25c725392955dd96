-- expect: require-down-migration "has no down migration (001_create_orders.down.sql)"
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL
);
