-- config: pg-version=11 tx=wrapped
-- expect: ban-enum-add-value-in-transaction "ALTER TYPE order_status ADD VALUE 'refunded' runs inside a transaction block"
ALTER TYPE order_status ADD VALUE 'refunded';
