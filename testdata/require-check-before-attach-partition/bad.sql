-- expect: require-check-before-attach-partition "ATTACH PARTITION measurements_2024 scans every row of measurements_2024"
ALTER TABLE measurements ATTACH PARTITION measurements_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

