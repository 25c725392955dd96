-- A plain REFRESH takes ACCESS EXCLUSIVE on the view: it blocks the application's SELECTs while it waits.
-- expect: require-lock-timeout "REFRESH MATERIALIZED VIEW takes an ACCESS EXCLUSIVE lock on daily_sales with no lock_timeout set"
REFRESH MATERIALIZED VIEW daily_sales;
