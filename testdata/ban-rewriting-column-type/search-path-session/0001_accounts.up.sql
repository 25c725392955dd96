-- golang-migrate runs every migration of a run on one connection: this SET is still in force in 0002.
CREATE SCHEMA IF NOT EXISTS crm;
SET search_path = crm, public;
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email varchar(50) NOT NULL
);
