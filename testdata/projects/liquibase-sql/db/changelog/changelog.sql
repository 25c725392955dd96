--liquibase formatted sql

--changeset ana:1
CREATE TABLE invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL,
  total numeric(12, 2) NOT NULL
);
--rollback DROP TABLE invoices;

--changeset ana:2
CREATE INDEX CONCURRENTLY invoices_customer_idx ON invoices (customer_id);
--rollback DROP INDEX CONCURRENTLY invoices_customer_idx;

--changeset ana:3 runInTransaction:false
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_total_idx ON invoices (total);
--rollback DROP INDEX CONCURRENTLY IF EXISTS invoices_total_idx;

--changeset ben:4
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT count(*) FROM information_schema.columns WHERE table_name = 'invoices' AND column_name = 'due_on'
ALTER TABLE invoices ADD COLUMN due_on date NOT NULL;

--changeset ben:5 dbms:mysql
CREATE INDEX invoices_due_idx ON invoices (due_on) USING BTREE;

--changeset ben:6
/* liquibase rollback
ALTER TABLE invoices DROP CONSTRAINT invoices_total_positive;
*/
ALTER TABLE invoices ADD CONSTRAINT invoices_total_positive CHECK (total >= 0) NOT VALID;
