--liquibase formatted sql

--changeset billing:1
-- expect: require-if-not-exists "CREATE TABLE credit_notes has no IF NOT EXISTS: inside the transaction Liquibase opens"
CREATE TABLE credit_notes (id bigint PRIMARY KEY, invoice_id bigint NOT NULL);
--rollback DROP TABLE credit_notes;

--changeset billing:2
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT count(*) FROM pg_class WHERE relname = 'credit_note_lines'
-- Liquibase itself skips this changeset where the table exists: the precondition is the guard.
CREATE TABLE credit_note_lines (id bigint PRIMARY KEY, credit_note_id bigint NOT NULL);

--changeset billing:3 runInTransaction:false
-- expect: require-if-not-exists "CREATE INDEX credit_notes_invoice_idx on credit_notes has no IF NOT EXISTS: outside a transaction"
CREATE INDEX CONCURRENTLY credit_notes_invoice_idx ON credit_notes (invoice_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS credit_note_lines_note_idx ON credit_note_lines (credit_note_id);
