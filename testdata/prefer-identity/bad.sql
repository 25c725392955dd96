CREATE TABLE customers (
  -- expect: prefer-identity "Column customers.id is bigserial; use bigint GENERATED ALWAYS AS IDENTITY"
  id bigserial PRIMARY KEY,
  name text
);
-- expect: prefer-identity "orders.seq is serial"
ALTER TABLE orders ADD COLUMN seq serial;
