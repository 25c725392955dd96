-- config: rules=all tx=wrapped
-- CREATE INDEX on a busy table: require-concurrent-index tells the story (its help adds the lock_timeout
-- advice); require-lock-timeout does not repeat it.
-- expect: require-concurrent-index "takes a SHARE lock" help "Set a lock_timeout before it as well"
-- expect: require-if-not-exists
CREATE INDEX orders_status_idx ON orders (status);
