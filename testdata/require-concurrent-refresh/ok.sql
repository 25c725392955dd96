REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;

-- The first refresh of a view created WITH NO DATA in this migration cannot be concurrent.
CREATE MATERIALIZED VIEW daily_totals AS SELECT 1 AS day WITH NO DATA;
REFRESH MATERIALIZED VIEW daily_totals;
