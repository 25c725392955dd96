-- The application's tables live in public; billing gets its own schema.
CREATE SCHEMA IF NOT EXISTS billing;
CREATE TABLE IF NOT EXISTS billing.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL
);
-- billing.invoices is new: no lock worth a finding.
CREATE INDEX IF NOT EXISTS invoices_customer_id_idx ON billing.invoices (customer_id);
-- With the default search_path this is public.invoices, the legacy table the application still
-- writes to: building the index blocks its writes.
CREATE INDEX IF NOT EXISTS invoices_status_idx ON invoices (status);
