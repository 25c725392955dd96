-- config: pg-version=12 tx=wrapped
-- PostgreSQL 12+ allows it in a transaction block: the rule is off.
ALTER TYPE order_status ADD VALUE 'refunded';
