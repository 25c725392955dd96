ALTER TABLE orders ADD COLUMN note text, ADD COLUMN paid boolean;
-- A backfill in between: two statements are needed.
UPDATE orders SET paid = false WHERE id < 1000;
ALTER TABLE orders ALTER COLUMN paid SET DEFAULT false;
-- RENAME cannot be combined with other actions.
ALTER TABLE orders RENAME COLUMN note TO remark;
ALTER TABLE orders ADD COLUMN note text;
-- Different tables.
ALTER TABLE customers ADD COLUMN fax text;
ALTER TABLE invoices ADD COLUMN fax text;
-- A table created in this migration.
CREATE TABLE tags (id bigint);
ALTER TABLE tags ADD COLUMN name text;
ALTER TABLE tags ADD COLUMN color text;
-- ADD ... NOT VALID, then VALIDATE: kept apart on purpose (VALIDATE takes only SHARE UPDATE EXCLUSIVE, and
-- belongs in its own transaction: ban-validate-in-same-transaction). No advice to merge them.
ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;
