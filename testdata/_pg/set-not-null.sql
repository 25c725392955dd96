-- claim-of: ALTER TABLE ... ALTER COLUMN ... SET NOT NULL
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, v int);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;

-- case: bad plain
-- proof: lock t AccessExclusiveLock; scan t yes; rewrite t no
ALTER TABLE t ALTER COLUMN v SET NOT NULL;

-- case: bad plain-violated
-- given: INSERT INTO t VALUES (1001, NULL);
-- proof: error 23502
ALTER TABLE t ALTER COLUMN v SET NOT NULL;

-- case: ok validated-check
-- note: from 12 on, a validated CHECK (v IS NOT NULL) spares the scan; before 12 it does not
-- given: ALTER TABLE t ADD CONSTRAINT t_v_nn CHECK (v IS NOT NULL) NOT VALID;
-- given: ALTER TABLE t VALIDATE CONSTRAINT t_v_nn;
-- proof: lock t AccessExclusiveLock; scan t yes; pg<12
-- proof: lock t AccessExclusiveLock; scan t no; message sufficient to prove that it does not contain nulls; pg>=12
ALTER TABLE t ALTER COLUMN v SET NOT NULL;

-- case: bad not-valid-check
-- note: a check that is NOT VALID yet does not spare the scan
-- given: ALTER TABLE t ADD CONSTRAINT t_v_nn CHECK (v IS NOT NULL) NOT VALID;
-- proof: lock t AccessExclusiveLock; scan t yes
ALTER TABLE t ALTER COLUMN v SET NOT NULL;
