-- config: pg-version=11
-- expect: require-check-before-attach-partition "takes ACCESS EXCLUSIVE on measurements (before PostgreSQL 12)"
ALTER TABLE measurements ATTACH PARTITION measurements_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
