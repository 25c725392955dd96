-- invoices was created in an earlier migration: it may hold rows by now.
-- expect: require-not-valid-foreign-key "on invoices (customer_id)"
ALTER TABLE invoices ADD CONSTRAINT invoices_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
