-- claim-of: CREATE INDEX
-- rules: require-concurrent-index
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, v int);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;

-- case: bad plain
-- proof: lock t ShareLock; rewrite t no; scan t yes
CREATE INDEX t_v_idx ON t (v);

-- case: ok concurrently
-- session: autocommit
-- proof: lock t ShareUpdateExclusiveLock; rewrite t no
CREATE INDEX CONCURRENTLY t_v_idx ON t (v);

-- case: bad concurrently-in-transaction
-- note: fails at once; this rule has nothing to say (CONCURRENTLY is what it asks for)
-- proof: error 25001; silent
CREATE INDEX CONCURRENTLY t_v_idx ON t (v);
