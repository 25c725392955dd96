-- expect: require-concurrent-reindex "REINDEX INDEX orders_customer_id_idx blocks writes"
REINDEX INDEX orders_customer_id_idx;

-- expect: require-concurrent-reindex "REINDEX TABLE orders blocks writes on orders"
REINDEX TABLE orders;

-- expect: require-concurrent-reindex "REINDEX SCHEMA billing"
REINDEX SCHEMA billing;

-- expect: require-concurrent-reindex "REINDEX DATABASE shop"
REINDEX DATABASE shop;

-- expect: require-concurrent-reindex "system catalogs"
REINDEX SYSTEM shop;
