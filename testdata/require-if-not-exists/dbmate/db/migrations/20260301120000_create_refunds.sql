-- migrate:up
-- dbmate runs the up section in a transaction and records it in schema_migrations.
-- expect: require-if-not-exists "CREATE TABLE refunds has no IF NOT EXISTS: inside the transaction dbmate opens"
CREATE TABLE refunds (id bigint PRIMARY KEY, invoice_id bigint NOT NULL);
-- expect: require-if-not-exists "ADD COLUMN refunded_total on invoices has no IF NOT EXISTS: inside the transaction dbmate opens"
ALTER TABLE invoices ADD COLUMN refunded_total numeric(12, 2);

-- migrate:down
ALTER TABLE invoices DROP COLUMN refunded_total;
DROP TABLE refunds;
