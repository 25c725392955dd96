-- config: idempotency=off
-- `idempotency: off` silences the rule.
CREATE TABLE shipments (id bigint PRIMARY KEY, order_id bigint NOT NULL);
CREATE INDEX shipments_order_id_idx ON shipments (order_id);
ALTER TABLE orders ADD COLUMN shipment_id bigint;
