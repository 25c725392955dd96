CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- a foreign key must match the key it references; not a key of this table
  customer_id integer REFERENCES customers (id),
  quantity integer NOT NULL
);
ALTER TABLE orders ADD COLUMN line_count integer;
-- A column of a composite key is an ordinal or a foreign key, not a counter that runs out.
CREATE TABLE visualization_rows (
  visualization_id bigint NOT NULL,
  sort_order integer NOT NULL,
  PRIMARY KEY (visualization_id, sort_order)
);
