-- expect: require-down-migration "sqitch change order_region has no revert script"
BEGIN;
ALTER TABLE orders ADD COLUMN region text;
COMMIT;
