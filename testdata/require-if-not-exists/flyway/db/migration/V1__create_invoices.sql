-- Flyway runs this script in one transaction and records it in flyway_schema_history: a failure rolls
-- back cleanly, so these are notes, for what a transaction does not cover.
-- expect: require-if-not-exists "CREATE TABLE invoices has no IF NOT EXISTS: inside the transaction Flyway opens, a failure rolls back cleanly and Flyway records that the migration ran, but running it again stops here with 'already exists': a re-run by hand"
CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    total numeric(12, 2) NOT NULL
);

-- expect: require-if-not-exists "CREATE INDEX invoices_customer_id_idx on invoices has no IF NOT EXISTS: inside the transaction Flyway opens"
CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);
