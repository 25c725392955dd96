CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text);
CREATE INDEX orders_status_idx ON orders (status);
