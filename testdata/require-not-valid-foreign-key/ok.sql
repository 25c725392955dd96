-- NOT VALID takes the lock only for a moment; VALIDATE later lets reads and writes go on.
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;

-- A table created earlier in the same migration is empty.
CREATE TABLE shipments (id bigint PRIMARY KEY, order_id bigint NOT NULL);
ALTER TABLE shipments ADD CONSTRAINT shipments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);
