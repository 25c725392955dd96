CREATE INDEX orders_region_idx ON orders (region);
