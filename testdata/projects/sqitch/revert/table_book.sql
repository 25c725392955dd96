-- Revert library:table_book from pg

BEGIN;

DROP TABLE library.book;

COMMIT;
