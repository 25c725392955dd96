-- CREATE INDEX CONCURRENTLY: Flyway runs the script without a transaction. The first index commits before
-- the second starts: when the second fails, the retry stops on the first.
-- expect: require-if-not-exists "CREATE INDEX invoices_total_idx on invoices has no IF NOT EXISTS: outside a transaction, re-running the migration after a later failure stops here"
CREATE INDEX CONCURRENTLY invoices_total_idx ON invoices (total);

-- The last statement: a failure leaves nothing behind, but a re-run by hand still stops here (a note).
-- expect: require-if-not-exists "CREATE INDEX invoices_created_idx on invoices has no IF NOT EXISTS: as the script's last statement, a failure leaves nothing behind and Flyway records"
CREATE INDEX CONCURRENTLY invoices_created_idx ON invoices (id, total);
