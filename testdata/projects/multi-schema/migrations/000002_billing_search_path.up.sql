-- golang-migrate runs every pending migration on one connection: the path set here stays for 000003
-- when both run in the same `migrate up`.
SET search_path = billing, public;
CREATE TABLE IF NOT EXISTS payments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id bigint NOT NULL REFERENCES invoices (id),
    amount_cents bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS payments_invoice_id_idx ON payments (invoice_id);
