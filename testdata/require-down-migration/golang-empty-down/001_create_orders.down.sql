-- A transaction that does nothing: the rollback would report success and change nothing.
-- expect: require-down-migration "Down migration 001_create_orders.down.sql is empty"
BEGIN;
COMMIT;
