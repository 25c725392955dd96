DROP INDEX CONCURRENTLY orders_status_idx;
DROP INDEX CONCURRENTLY IF EXISTS billing.invoices_unpaid_idx;

-- Other objects are not indexes.
DROP TABLE IF EXISTS legacy_orders;
DROP VIEW IF EXISTS order_totals;
