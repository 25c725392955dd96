CREATE TABLE customers (id bigint PRIMARY KEY);
-- Indexed later in the same migration.
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id));
CREATE INDEX orders_customer_id_idx ON orders (customer_id);

-- The key's own primary key leads with the column.
CREATE TABLE customer_tags (customer_id bigint REFERENCES customers (id), tag text, PRIMARY KEY (customer_id, tag));

-- A table Godwit has not seen created: its indexes are unknown.
ALTER TABLE invoices ADD CONSTRAINT invoices_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
