-- The old type is unknown here: only targets that rewrite from any other type are reported.
-- expect: ban-rewriting-column-type "Changing orders.id to bigint rewrites the table from any other type"
ALTER TABLE orders ALTER COLUMN id TYPE bigint;

-- expect: ban-rewriting-column-type "to jsonb"
ALTER TABLE events ALTER COLUMN payload SET DATA TYPE jsonb USING payload::jsonb;
