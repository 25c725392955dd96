-- config: tx=wrapped
-- The migration tool wraps the file in a transaction (Flyway, dbmate, Liquibase): no findings.
CREATE TABLE shipments (id bigint PRIMARY KEY, order_id bigint NOT NULL);
CREATE INDEX shipments_order_id_idx ON shipments (order_id);
ALTER TABLE orders ADD COLUMN shipment_id bigint;
