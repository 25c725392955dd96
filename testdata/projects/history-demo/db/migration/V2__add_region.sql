ALTER TABLE orders ADD COLUMN region text;
CREATE INDEX orders_id_region_idx ON orders (id, region);
