-- config: pg-version=11
-- Before PostgreSQL 12 the finding stays; the help proposes a replacement index instead.
-- expect: require-concurrent-reindex "REINDEX INDEX orders_customer_id_idx"
REINDEX INDEX orders_customer_id_idx;
