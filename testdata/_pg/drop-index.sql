-- claim-of: DROP INDEX
-- rules: require-concurrent-drop-index
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, v int);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;
CREATE INDEX t_v_idx ON t (v);

-- case: bad plain
-- proof: lock t AccessExclusiveLock; lock t_v_idx AccessExclusiveLock
DROP INDEX t_v_idx;

-- case: ok concurrently
-- session: autocommit
-- proof: lock t ShareUpdateExclusiveLock
DROP INDEX CONCURRENTLY t_v_idx;

-- case: bad concurrently-in-transaction
-- note: fails at once; this rule has nothing to say (CONCURRENTLY is what it asks for)
-- proof: error 25001; silent
DROP INDEX CONCURRENTLY t_v_idx;
