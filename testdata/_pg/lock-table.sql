-- claim-of: LOCK TABLE
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, v int);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;

-- case: bad default-mode
-- note: without IN ... MODE, LOCK TABLE takes ACCESS EXCLUSIVE
-- proof: lock t AccessExclusiveLock
LOCK TABLE t;

-- case: ok share-mode
-- proof: lock t ShareLock
LOCK TABLE t IN SHARE MODE;
