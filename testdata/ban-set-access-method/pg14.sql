-- config: pg-version=14
-- SET ACCESS METHOD arrived in PostgreSQL 15: the rule is off for older targets.
ALTER TABLE metrics SET ACCESS METHOD heap;
