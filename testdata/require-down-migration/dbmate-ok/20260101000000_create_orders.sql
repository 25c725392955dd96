-- migrate:up
CREATE TABLE orders (id bigint PRIMARY KEY);

-- migrate:down
DROP TABLE orders;
