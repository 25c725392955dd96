-- config: pg-version=11 tx=wrapped
-- A type created in the same transaction may get values before PostgreSQL 12 too.
CREATE TYPE shipment_state AS ENUM ('packed', 'sent');
ALTER TYPE shipment_state ADD VALUE 'delivered';
