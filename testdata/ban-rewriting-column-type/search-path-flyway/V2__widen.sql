-- accounts is public.accounts again, a table this history never created: its column types are unknown.
ALTER TABLE accounts ALTER COLUMN email TYPE varchar(200);
-- expect: ban-rewriting-column-type "does not know the column's current type"
ALTER TABLE accounts ALTER COLUMN id TYPE bigint;
-- The qualified name is the table V1 created.
ALTER TABLE crm.accounts ALTER COLUMN email TYPE varchar(200);
