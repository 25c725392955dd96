-- migrate:up transaction:false
-- expect: require-if-not-exists "CREATE INDEX refunds_invoice_id_idx on refunds has no IF NOT EXISTS: outside a transaction"
CREATE INDEX CONCURRENTLY refunds_invoice_id_idx ON refunds (invoice_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS refunds_id_idx ON refunds (id);

-- migrate:down
DROP INDEX refunds_invoice_id_idx;
