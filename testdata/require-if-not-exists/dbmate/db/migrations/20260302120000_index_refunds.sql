-- migrate:up transaction:false
-- expect: require-if-not-exists "CREATE INDEX refunds_invoice_id_idx on refunds has no IF NOT EXISTS: as the script's last statement"
CREATE INDEX CONCURRENTLY refunds_invoice_id_idx ON refunds (invoice_id);

-- migrate:down
DROP INDEX refunds_invoice_id_idx;
