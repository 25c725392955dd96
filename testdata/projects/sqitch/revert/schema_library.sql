-- Revert library:schema_library from pg

BEGIN;

DROP SCHEMA library;

COMMIT;
