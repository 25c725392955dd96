ALTER TABLE orders ADD COLUMN note text;
CREATE TABLE order_tags (order_id bigint, tag text);
CREATE INDEX order_tags_tag_idx ON order_tags (tag);
CREATE INDEX orders_status_idx ON orders (status);
CREATE TYPE mood AS ENUM ('happy', 'sad');
