-- Runbook step 1: create the customers table
CREATE TABLE customers (
  id bigserial PRIMARY KEY,
  name text NOT NULL
);
