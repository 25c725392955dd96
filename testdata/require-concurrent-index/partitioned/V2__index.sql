-- The help explains the ON ONLY route: a partitioned table has no concurrent index build.
-- expect: require-concurrent-index "on measurements takes a SHARE lock"
CREATE INDEX measurements_value_idx ON measurements (value);
