-- Revert library:index_book_title from pg

BEGIN;

DROP INDEX CONCURRENTLY library.book_title_idx;

COMMIT;
