CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES customers (id),
    total_cents  bigint NOT NULL,
    placed_at    timestamptz NOT NULL DEFAULT now()
);
-- The table is created above in the same migration: indexing it here locks nobody.
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
