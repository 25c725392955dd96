-- expect: require-complete-down-migration "The up migration adds column note to orders, but 001_add_note.down.sql does not drop it"
ALTER TABLE orders ADD COLUMN note text;
-- expect: require-complete-down-migration "creates table order_tags"
CREATE TABLE order_tags (order_id bigint, tag text);
-- expect: require-complete-down-migration "creates index orders_status_idx"
CREATE INDEX orders_status_idx ON orders (status);
