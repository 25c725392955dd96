-- claim-of: ALTER TABLE ... ADD CHECK
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
