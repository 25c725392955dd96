SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN note text;
RESET lock_timeout;
-- expect: require-lock-timeout "TRUNCATE takes an ACCESS EXCLUSIVE lock on sessions"
TRUNCATE sessions;
