-- expect: require-concurrent-refresh "REFRESH MATERIALIZED VIEW order_totals takes an ACCESS EXCLUSIVE lock"
REFRESH MATERIALIZED VIEW order_totals;
