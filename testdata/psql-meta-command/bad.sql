-- expect: psql-meta-command "sets a psql variable"
\set ON_ERROR_STOP on

-- expect: psql-meta-command "includes another file"
\i seed/users.sql

CREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY);
-- expect: psql-meta-command "switches the database connection"
\connect other_db
