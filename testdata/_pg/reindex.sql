-- claim-of: REINDEX
-- rules: require-concurrent-reindex
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, v int);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;
CREATE INDEX t_v_idx ON t (v);

-- case: bad index
-- proof: lock t ShareLock; lock t_v_idx AccessExclusiveLock; rewrite t no; rewrite t_v_idx yes
REINDEX INDEX t_v_idx;

-- case: bad table
-- proof: lock t ShareLock; lock t_v_idx AccessExclusiveLock; lock t_pkey AccessExclusiveLock; rewrite t no; rewrite t_v_idx yes
REINDEX TABLE t;

-- case: bad schema
-- note: one transaction per table; each table in turn is locked SHARE
-- session: autocommit
-- proof: lock t ShareLock; rewrite t_v_idx yes
REINDEX SCHEMA godwit_proof;

-- case: ok concurrently
-- session: autocommit
-- proof: lock t ShareUpdateExclusiveLock; rewrite t_v_idx yes; pg>=12
-- proof: error 42601; pg<12
REINDEX INDEX CONCURRENTLY t_v_idx;

-- case: ok table-concurrently
-- session: autocommit
-- proof: lock t ShareUpdateExclusiveLock; rewrite t no; pg>=12
-- proof: error 42601; pg<12
REINDEX TABLE CONCURRENTLY t;
