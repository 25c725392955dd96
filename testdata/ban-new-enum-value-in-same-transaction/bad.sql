-- config: tx=wrapped
ALTER TYPE order_status ADD VALUE 'refunded';
-- expect: ban-new-enum-value-in-same-transaction "uses enum value 'refunded'"
UPDATE orders SET status = 'refunded'::order_status WHERE refunded_at IS NOT NULL;

-- a type created in the same transaction is no exception
CREATE TYPE delivery_state AS ENUM ('pending');
ALTER TYPE delivery_state ADD VALUE 'shipped';
-- expect: ban-new-enum-value-in-same-transaction "'shipped'"
CREATE TABLE deliveries (id bigint PRIMARY KEY, state delivery_state NOT NULL DEFAULT 'shipped'::delivery_state);
