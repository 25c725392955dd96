-- config: rules=all
SET lock_timeout = '5s';
-- expect: require-concurrent-index
CREATE INDEX IF NOT EXISTS a_idx ON a (x);
