-- The partition was created in an earlier migration and has no CHECK: it is scanned.
-- expect: require-check-before-attach-partition "measurements_2023"
ALTER TABLE measurements ATTACH PARTITION measurements_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
-- A validated CHECK that does not imply the bound does not spare the scan.
-- expect: require-check-before-attach-partition "measurements_2022"
ALTER TABLE measurements ATTACH PARTITION measurements_2022 FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');
-- One that names the bound does.
ALTER TABLE measurements ATTACH PARTITION measurements_2021 FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');
