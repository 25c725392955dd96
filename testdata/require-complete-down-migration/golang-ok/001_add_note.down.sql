DROP TYPE mood;
DROP INDEX orders_status_idx;
DROP TABLE order_tags;
ALTER TABLE orders DROP COLUMN note;
