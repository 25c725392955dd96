CREATE TABLE events (
  id bigint PRIMARY KEY,
  -- expect: prefer-timestamptz "Column events.created_at is timestamp (without time zone)"
  created_at timestamp NOT NULL DEFAULT now()
);
-- expect: prefer-timestamptz "orders.shipped_at is timestamp without time zone"
ALTER TABLE orders ADD COLUMN shipped_at timestamp without time zone;
