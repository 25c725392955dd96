CREATE TABLE order_tags (order_id bigint, tag text);
ALTER TABLE orders RENAME COLUMN remark TO note;
ALTER TABLE orders ADD COLUMN paid boolean;
INSERT INTO settings (key, value) VALUES ('tags', 'on');
