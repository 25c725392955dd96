-- An undo script undoes what its migration made, and Flyway records it: no finding.
DROP INDEX invoices_customer_id_idx;
DROP TABLE invoices;
CREATE TABLE invoices_backup (id bigint);
