-- Deploy library:table_book to pg
-- requires: schema_library

\set ON_ERROR_STOP on

BEGIN;

CREATE TABLE library.book (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title text NOT NULL
);

COMMIT;
