-- expect: require-not-valid-foreign-key "Adding foreign key orders_customer_fk on orders (customer_id) without NOT VALID"
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);

-- expect: require-not-valid-foreign-key "SHARE ROW EXCLUSIVE locks on order_lines and orders"
ALTER TABLE order_lines ADD FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE;
