-- Cheap statements after the lock, and slow work before it.
BEGIN;
CREATE INDEX orders_status_idx ON orders (status);
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';
COMMENT ON COLUMN orders.note IS 'free text';
CREATE TABLE order_notes (id bigint PRIMARY KEY, body text);
CREATE INDEX order_notes_body_idx ON order_notes (body);
INSERT INTO order_notes (id, body) VALUES (1, 'x');
COMMIT;
-- Outside a transaction every statement releases its locks at once.
ALTER TABLE customers ADD COLUMN fax text;
CREATE INDEX customers_fax_idx ON customers (fax);
