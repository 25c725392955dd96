--liquibase formatted sql

--changeset maria:1
CREATE TABLE invoices (id bigint PRIMARY KEY);

--changeset maria:views runOnChange:true
CREATE OR REPLACE VIEW invoice_ids AS SELECT id, 1 AS v FROM invoices;

--changeset maria:2
CREATE TABLE payments (id bigint PRIMARY KEY);
