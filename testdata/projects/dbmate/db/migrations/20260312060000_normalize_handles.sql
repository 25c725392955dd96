-- migrate:up transaction:false
-- No transaction from dbmate, but it sends the whole section in one Exec: PostgreSQL runs these two
-- statements as one implicit transaction block, and CREATE INDEX CONCURRENTLY refuses to run in one.
UPDATE profiles SET handle = lower(handle) WHERE handle <> lower(handle);
CREATE INDEX CONCURRENTLY IF NOT EXISTS profiles_created_at_idx ON profiles (created_at);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY IF EXISTS profiles_created_at_idx;
