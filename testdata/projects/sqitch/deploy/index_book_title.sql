-- Deploy library:index_book_title to pg
-- No BEGIN/COMMIT: sqitch runs this through psql without a transaction, as CONCURRENTLY needs.

CREATE INDEX CONCURRENTLY IF NOT EXISTS book_title_idx ON library.book (title);
