-- claim-of: ALTER TABLE ... ADD CHECK, ADD COLUMN ... CHECK
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, v int);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;

-- case: bad plain
-- proof: lock t AccessExclusiveLock; scan t yes; rewrite t no
ALTER TABLE t ADD CONSTRAINT t_v_pos CHECK (v > 0);

-- case: bad plain-violated
-- given: INSERT INTO t VALUES (1001, -1);
-- proof: error 23514
ALTER TABLE t ADD CONSTRAINT t_v_pos CHECK (v > 0);

-- case: ok not-valid
-- given: INSERT INTO t VALUES (1001, -1);
-- proof: lock t AccessExclusiveLock; scan t no; rewrite t no
ALTER TABLE t ADD CONSTRAINT t_v_pos CHECK (v > 0) NOT VALID;

-- case: ok validate
-- given: ALTER TABLE t ADD CONSTRAINT t_v_pos CHECK (v > 0) NOT VALID;
-- proof: lock t ShareUpdateExclusiveLock; scan t yes
ALTER TABLE t VALIDATE CONSTRAINT t_v_pos;

-- case: bad add-column-with-check
-- note: a CHECK on a new column is verified against every existing row, although the column is null in all of them
-- proof: lock t AccessExclusiveLock; scan t yes; rewrite t no
ALTER TABLE t ADD COLUMN w int CHECK (w > 0);

-- case: bad add-column-with-default-and-check
-- note: from 11 a constant default rewrites nothing, but the check still scans every row
-- proof: lock t AccessExclusiveLock; rewrite t yes; pg<11
-- proof: lock t AccessExclusiveLock; scan t yes; rewrite t no; pg>=11
ALTER TABLE t ADD COLUMN w int DEFAULT 1 CHECK (w > 0);

-- case: ok add-column-then-not-valid-check
-- proof: lock t AccessExclusiveLock; scan t no; rewrite t no
ALTER TABLE t ADD COLUMN w int;
ALTER TABLE t ADD CONSTRAINT t_w_pos CHECK (w > 0) NOT VALID;
