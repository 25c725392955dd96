-- config: pg-version=16
-- ADD CONSTRAINT ... NOT NULL on a domain is a syntax error before PostgreSQL 17: nothing to claim
ALTER DOMAIN email ADD CONSTRAINT email_nn NOT NULL;
