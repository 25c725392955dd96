-- config: tx=wrapped
-- expect: require-statement-timeout "validate orders_customer_fk" help "SET LOCAL statement_timeout"
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
