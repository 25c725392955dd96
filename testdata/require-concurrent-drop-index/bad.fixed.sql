-- expect: require-concurrent-drop-index "DROP INDEX orders_status_idx takes an ACCESS EXCLUSIVE lock"
DROP INDEX CONCURRENTLY orders_status_idx;

-- expect: require-concurrent-drop-index "billing.invoices_unpaid_idx"
DROP INDEX CONCURRENTLY IF EXISTS billing.invoices_unpaid_idx;

-- Several indexes and CASCADE: one finding for the statement.
-- expect: require-concurrent-drop-index "orders_a_idx, orders_b_idx"
DROP INDEX orders_a_idx, orders_b_idx CASCADE;
