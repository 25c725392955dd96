-- expect: ban-drop-constraint "Dropping constraint orders_customer_fk of orders"
ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;

-- expect: ban-drop-constraint "users_email_key"
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_key;
