DROP INDEX orders_id_region_idx;
ALTER TABLE orders DROP COLUMN region;
