-- Flyway restores the connection's search_path after each migration: this SET ends with V1.
CREATE SCHEMA IF NOT EXISTS crm;
SET search_path = crm, public;
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email varchar(50) NOT NULL
);
