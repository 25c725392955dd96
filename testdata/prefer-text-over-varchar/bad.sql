CREATE TABLE customers (
  id bigint PRIMARY KEY,
  -- expect: prefer-text-over-varchar "Column customers.email is varchar(255)"
  email varchar(255) NOT NULL
);
-- expect: prefer-text-over-varchar "orders.status is character varying(20)"
ALTER TABLE orders ALTER COLUMN status TYPE character varying(20);
