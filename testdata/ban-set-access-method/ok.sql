CREATE TABLE metrics_2024 (id bigint, value float8);
ALTER TABLE metrics_2024 SET ACCESS METHOD heap;
