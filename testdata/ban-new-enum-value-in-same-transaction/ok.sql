-- Autocommit: the ADD VALUE commits before the UPDATE.
ALTER TYPE order_status ADD VALUE 'refunded';
UPDATE orders SET status = 'refunded'::order_status WHERE refunded_at IS NOT NULL;

-- A COMMIT in between.
BEGIN;
ALTER TYPE order_status ADD VALUE 'lost';
COMMIT;
BEGIN;
UPDATE orders SET status = 'lost'::order_status WHERE lost_at IS NOT NULL;
COMMIT;
