-- config: pg-version=11 tx=wrapped rules=all
-- One hazard, one finding: ban-concurrently-in-transaction does not report ADD VALUE as well.
-- expect: ban-enum-add-value-in-transaction "ALTER TYPE order_status ADD VALUE 'refunded' runs inside a transaction block"
ALTER TYPE order_status ADD VALUE 'refunded';
