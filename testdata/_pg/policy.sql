-- claim-of: CREATE POLICY, DROP POLICY
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, owner text);
INSERT INTO t SELECT g, 'u' || g FROM generate_series(1, 1000) g;

-- case: bad create-policy
-- note: Godwit does not model CREATE POLICY yet; the lock is recorded here
-- proof: lock t AccessExclusiveLock; rewrite t no; scan t no
CREATE POLICY t_owner ON t USING (owner = current_user);

-- case: bad drop-policy
-- given: CREATE POLICY t_owner ON t USING (owner = current_user);
-- proof: lock t AccessExclusiveLock; rewrite t no; scan t no
DROP POLICY t_owner ON t;
