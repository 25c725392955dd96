-- Flyway runs this script in one transaction and records it: notes, for what a transaction does not cover.
-- expect: require-if-exists "DROP TABLE legacy_invoices has no IF EXISTS: inside the transaction Flyway opens, a failure rolls back cleanly and Flyway records that the migration ran, but running it again stops here with 'does not exist'"
DROP TABLE legacy_invoices;
-- expect: require-if-exists "DROP COLUMN legacy_ref on invoices has no IF EXISTS: inside the transaction Flyway opens"
ALTER TABLE invoices DROP COLUMN legacy_ref;
