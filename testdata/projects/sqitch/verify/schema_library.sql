-- Verify library:schema_library on pg

SELECT pg_catalog.has_schema_privilege('library', 'usage');
