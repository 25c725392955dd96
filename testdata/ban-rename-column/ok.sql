-- A table created in the same migration has no readers yet.
CREATE TABLE invoices (id bigint PRIMARY KEY, amt numeric);
ALTER TABLE invoices RENAME COLUMN amt TO amount;

-- Renaming a constraint does not break queries.
ALTER TABLE orders RENAME CONSTRAINT orders_fk TO orders_customer_fk;
