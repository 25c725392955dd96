CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- a foreign key must match the key it references; not a key of this table
  customer_id integer REFERENCES customers (id),
  quantity integer NOT NULL
);
ALTER TABLE orders ADD COLUMN line_count integer;
