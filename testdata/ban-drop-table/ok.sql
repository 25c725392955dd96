-- A scratch table created and dropped in the same migration.
CREATE TABLE import_batch (id bigint, payload jsonb);
DROP TABLE import_batch;

-- Dropping other kinds of objects is not this rule's business.
DROP VIEW IF EXISTS order_totals;
