-- config: tx=wrapped
ALTER TYPE order_status ADD VALUE 'refunded';
-- expect: ban-new-enum-value-in-same-transaction "uses enum value 'refunded'"
UPDATE orders SET status = 'refunded'::order_status WHERE refunded_at IS NOT NULL;
