-- accounts is crm.accounts (the search_path set in 0001): the history knows its columns.
ALTER TABLE accounts ALTER COLUMN email TYPE varchar(200);
-- expect: ban-rewriting-column-type "from integer to bigint"
ALTER TABLE accounts ALTER COLUMN id TYPE bigint;
