--liquibase formatted sql

--changeset maria:1
CREATE TABLE invoices (id bigint PRIMARY KEY);

-- expect: ban-editing-applied-migration "changeset 2 by maria"
--changeset maria:2
CREATE TABLE payments (id bigint PRIMARY KEY, invoice_id bigint NOT NULL);
