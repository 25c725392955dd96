-- claim-of: REFRESH MATERIALIZED VIEW
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, v int);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;
CREATE MATERIALIZED VIEW mv AS SELECT id, v FROM t;
CREATE UNIQUE INDEX mv_id_idx ON mv (id);

-- case: bad plain
-- proof: lock mv AccessExclusiveLock; rewrite mv yes; lock t AccessShareLock
REFRESH MATERIALIZED VIEW mv;

-- case: ok concurrently
-- note: EXCLUSIVE blocks writes to the view (there are none) but not reads
-- proof: lock mv ExclusiveLock; rewrite mv no; lock t AccessShareLock
REFRESH MATERIALIZED VIEW CONCURRENTLY mv;
