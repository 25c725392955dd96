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

-- case: bad partitioned
-- note: an index on a partitioned table needs PostgreSQL 11; every partition is locked and indexed
-- given: CREATE TABLE pt (id int NOT NULL, v int) PARTITION BY RANGE (id);
-- given: CREATE TABLE pt_1 PARTITION OF pt FOR VALUES FROM (0) TO (100000);
-- given: INSERT INTO pt SELECT g, g FROM generate_series(1, 1000) g;
-- proof: error 42809; silent; pg<11
-- proof: lock pt ShareLock; lock pt_1 ShareLock; pg>=11
CREATE INDEX pt_v_idx ON pt (v);

-- case: bad partitioned-concurrently
-- note: PostgreSQL cannot build an index on a partitioned table concurrently
-- session: autocommit
-- given: CREATE TABLE pt (id int NOT NULL, v int) PARTITION BY RANGE (id);
-- given: CREATE TABLE pt_1 PARTITION OF pt FOR VALUES FROM (0) TO (100000);
-- proof: error 0A000; silent; pg>=11
-- proof: error 42809; silent; pg<11
CREATE INDEX CONCURRENTLY pt_v_idx ON pt (v);
