-- A validated CHECK matching the bound lets PostgreSQL skip the scan.
ALTER TABLE measurements_2024 ADD CONSTRAINT measurements_2024_bound
    CHECK (logdate >= DATE '2024-01-01' AND logdate < DATE '2025-01-01') NOT VALID;
ALTER TABLE measurements_2024 VALIDATE CONSTRAINT measurements_2024_bound;
ALTER TABLE measurements ATTACH PARTITION measurements_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- A partition created in the same migration is empty.
CREATE TABLE measurements_2025 (LIKE measurements);
ALTER TABLE measurements ATTACH PARTITION measurements_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
