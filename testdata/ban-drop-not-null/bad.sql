-- expect: ban-drop-not-null "Dropping NOT NULL on orders.customer_id"
ALTER TABLE orders ALTER COLUMN customer_id DROP NOT NULL;
