-- expect: ban-rewriting-column-default "Adding column public_id to orders with DEFAULT gen_random_uuid()"
ALTER TABLE orders ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();

-- expect: ban-rewriting-column-default "clock_timestamp() is volatile"
ALTER TABLE orders ADD COLUMN imported_at timestamptz DEFAULT clock_timestamp();

-- expect: ban-rewriting-column-default "random() is volatile"
ALTER TABLE accounts ADD COLUMN bucket int DEFAULT (random() * 100)::int;

-- expect: ban-rewriting-column-default "nextval() is volatile"
ALTER TABLE invoices ADD COLUMN number bigint DEFAULT nextval('invoice_number_seq');

-- expect: ban-rewriting-column-default "uuid_generate_v4() is volatile"
ALTER TABLE billing.invoices ADD COLUMN token uuid DEFAULT uuid_generate_v4();

-- expect: ban-rewriting-column-default "as bigserial"
ALTER TABLE events ADD COLUMN seq bigserial;

-- expect: ban-rewriting-column-default "as an identity column"
ALTER TABLE events ADD COLUMN event_no bigint GENERATED ALWAYS AS IDENTITY;

-- expect: ban-rewriting-column-default "stored generated column"
ALTER TABLE order_lines ADD COLUMN total numeric GENERATED ALWAYS AS (quantity * unit_price) STORED;
