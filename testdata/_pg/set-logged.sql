-- claim-of: ALTER TABLE ... SET LOGGED / SET UNLOGGED
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, v int);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;

-- case: bad set-unlogged
-- proof: lock t AccessExclusiveLock; rewrite t yes
ALTER TABLE t SET UNLOGGED;

-- case: bad set-logged
-- given: ALTER TABLE t SET UNLOGGED;
-- proof: lock t AccessExclusiveLock; rewrite t yes
ALTER TABLE t SET LOGGED;
