-- config: tx=wrapped
ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email);
-- expect: ban-backfill-in-ddl-transaction "INSERT INTO customer_emails ... SELECT"
INSERT INTO customer_emails (customer_id, email) SELECT id, email FROM customers;
