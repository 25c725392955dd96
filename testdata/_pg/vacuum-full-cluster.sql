-- claim-of: VACUUM FULL, CLUSTER
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, v int);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;

-- case: bad vacuum-full
-- session: autocommit
-- proof: lock t AccessExclusiveLock; rewrite t yes
VACUUM FULL t;

-- case: bad cluster
-- proof: lock t AccessExclusiveLock; rewrite t yes
CLUSTER t USING t_pkey;

-- case: ok plain-vacuum
-- session: autocommit
-- proof: lock t ShareUpdateExclusiveLock; rewrite t no
VACUUM t;

-- case: bad vacuum-in-transaction
-- proof: error 25001
VACUUM t;
