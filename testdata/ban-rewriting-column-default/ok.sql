-- PostgreSQL 11+ stores constant and stable defaults in the catalog: no rewrite.
ALTER TABLE orders ADD COLUMN status varchar(20) NOT NULL DEFAULT 'new';
ALTER TABLE orders ADD COLUMN priority int DEFAULT 0;
ALTER TABLE orders ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE orders ADD COLUMN updated_at timestamptz DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE orders ADD COLUMN batch_started_at timestamptz DEFAULT statement_timestamp();

-- No default, or an explicit NULL default.
ALTER TABLE orders ADD COLUMN public_id uuid;
ALTER TABLE orders ADD COLUMN note text DEFAULT NULL;

-- Setting a volatile default on an existing column affects only new rows.
ALTER TABLE orders ALTER COLUMN public_id SET DEFAULT gen_random_uuid();

-- A table created earlier in the same migration is new and empty.
CREATE TABLE shipments (id bigint PRIMARY KEY);
ALTER TABLE shipments ADD COLUMN tracking_id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE shipments ADD COLUMN seq bigserial;
