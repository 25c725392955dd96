CREATE TABLE customers (id bigint PRIMARY KEY);
-- expect: require-index-for-foreign-key "Foreign key on orders (customer_id) referencing customers has no index"
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id));
