-- Flyway runs this migration in one transaction: the first statement's ACCESS EXCLUSIVE lock is held to the end.
ALTER TABLE orders ADD COLUMN note text;
-- a validated CHECK (ref IS NOT NULL) lets PostgreSQL 12+ skip the scan: cheap
ALTER TABLE orders ALTER COLUMN ref SET NOT NULL;
-- a stable default: one value stored, no rewrite
ALTER TABLE orders ADD COLUMN noted_at timestamptz DEFAULT statement_timestamp();
-- a new column's CHECK is verified against every row
-- expect: ban-statements-after-access-exclusive-lock "runs while this transaction holds the ACCESS EXCLUSIVE lock on orders"
ALTER TABLE orders ADD COLUMN discount int CHECK (discount >= 0);
