-- expect: ban-set-logged "SET LOGGED rewrites import_rows (and writes all of it to the WAL)"
ALTER TABLE import_rows SET LOGGED;

-- expect: ban-set-logged "SET UNLOGGED rewrites page_views"
ALTER TABLE page_views SET UNLOGGED;
