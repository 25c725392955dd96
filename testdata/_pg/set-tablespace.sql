-- claim-of: ALTER TABLE ... SET TABLESPACE, ALTER INDEX ... SET TABLESPACE
-- rules: ban-set-tablespace
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, v int);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;

-- case: bad set-tablespace
-- note: the data files are copied to the new tablespace under the lock
-- proof: lock t AccessExclusiveLock; rewrite t yes; rewrite t_pkey no
ALTER TABLE t SET TABLESPACE godwit_proof_ts;

-- case: bad index-set-tablespace
-- proof: lock t_pkey AccessExclusiveLock; rewrite t_pkey yes; rewrite t no
ALTER INDEX t_pkey SET TABLESPACE godwit_proof_ts;
