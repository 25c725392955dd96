-- config: tx=wrapped
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;
-- expect: ban-validate-in-same-transaction "the ACCESS EXCLUSIVE lock taken there is held through the validation scan"
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;

ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
-- expect: ban-validate-in-same-transaction "SHARE ROW EXCLUSIVE"
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
