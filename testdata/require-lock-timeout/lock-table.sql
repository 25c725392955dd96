BEGIN;
-- expect: require-lock-timeout "LOCK TABLE takes a SHARE ROW EXCLUSIVE lock on orders"
LOCK TABLE orders IN SHARE ROW EXCLUSIVE MODE;
COMMIT;
