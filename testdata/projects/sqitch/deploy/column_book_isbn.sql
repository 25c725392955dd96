-- Deploy library:column_book_isbn to pg

BEGIN;

ALTER TABLE library.book ADD COLUMN isbn text NOT NULL;

COMMIT;
