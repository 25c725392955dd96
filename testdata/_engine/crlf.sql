-- config: rules=all
-- expect: require-concurrent-index
CREATE INDEX IF NOT EXISTS a_idx ON a (x);
