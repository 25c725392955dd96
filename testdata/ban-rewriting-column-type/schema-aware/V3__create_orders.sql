CREATE TYPE order_state AS ENUM ('open', 'paid', 'shipped');
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    state order_state NOT NULL DEFAULT 'open',
    placed_at timestamp NOT NULL,
    paid_at timestamp,
    external_ref text,
    email varchar(100),
    note varchar(50)
);
CREATE INDEX orders_email_idx ON orders (email);
