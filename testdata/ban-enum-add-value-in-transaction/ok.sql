-- config: pg-version=11
-- Outside a transaction block (autocommit).
ALTER TYPE order_status ADD VALUE 'refunded';
