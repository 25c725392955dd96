-- Real PostgreSQL that parses: dollar quotes, E'' strings, nested comments, placeholders.
CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  NEW.updated_at := now(); -- a semicolon inside the body does not end the statement
  RETURN NEW;
END
$body$;

/* a /* nested */ comment */
INSERT INTO notes (body) VALUES (E'it\'s; fine');
INSERT INTO "Quoted;Table" ("a;b") VALUES ('x');
ALTER TABLE ${schema}.orders ADD COLUMN IF NOT EXISTS note text;
SELECT 1 -- the last statement has no semicolon
