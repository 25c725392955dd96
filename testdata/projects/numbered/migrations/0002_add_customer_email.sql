ALTER TABLE customers ADD COLUMN email text;
CREATE INDEX CONCURRENTLY IF NOT EXISTS customers_email_idx ON customers (email);
