ALTER TABLE orders ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
-- godwit-ignore: require-concurrent-index -- customers is small (a few thousand rows)
CREATE INDEX customers_created_at_idx ON customers (created_at);
