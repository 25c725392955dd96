-- migrate:up transaction:false
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS profiles_handle_key ON profiles (lower(handle));

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY IF EXISTS profiles_handle_key;
