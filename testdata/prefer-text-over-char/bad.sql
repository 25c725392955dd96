CREATE TABLE customers (
  id bigint PRIMARY KEY,
  -- expect: prefer-text-over-char "Column customers.country is char(2)"
  country char(2)
);
