-- The partition was created in an earlier migration and has no CHECK: it is scanned.
-- expect: require-check-before-attach-partition "measurements_2023"
ALTER TABLE measurements ATTACH PARTITION measurements_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
