-- Deploy library:schema_library to pg

BEGIN;

CREATE SCHEMA library;

COMMIT;
