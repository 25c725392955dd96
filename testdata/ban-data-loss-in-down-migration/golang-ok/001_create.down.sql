DELETE FROM settings WHERE key = 'tags';
ALTER TABLE orders DROP COLUMN paid;
ALTER TABLE orders RENAME COLUMN note TO remark;
DROP TABLE order_tags;
