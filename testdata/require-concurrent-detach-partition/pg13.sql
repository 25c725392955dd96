-- config: pg-version=13
-- PostgreSQL 13 has no DETACH PARTITION CONCURRENTLY: the rule is off.
ALTER TABLE measurements DETACH PARTITION measurements_2019;
