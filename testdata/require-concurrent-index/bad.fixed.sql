-- expect: require-concurrent-index "CREATE INDEX orders_customer_id_idx on orders takes a SHARE lock"
CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);

-- expect: require-concurrent-index "blocks INSERT, UPDATE and DELETE on accounts"
CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON accounts (lower(email));

-- An unnamed index is reported too.
-- expect: require-concurrent-index "CREATE INDEX on events"
CREATE INDEX CONCURRENTLY ON events USING brin (created_at);

-- A schema-qualified table, a partial index.
-- expect: require-concurrent-index "billing.invoices"
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_unpaid_idx
    ON billing.invoices (due_date)
    WHERE paid_at IS NULL;
