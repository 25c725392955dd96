-- claim-of: ALTER TABLE ... ADD FOREIGN KEY
-- setup:
CREATE TABLE p (id bigint PRIMARY KEY);
INSERT INTO p SELECT g FROM generate_series(1, 1000) g;
CREATE TABLE t (id bigint PRIMARY KEY, p_id bigint);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;

-- case: bad plain
-- proof: lock t ShareRowExclusiveLock; lock p ShareRowExclusiveLock; scan t yes; rewrite t no
ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p_id) REFERENCES p (id);

-- case: bad plain-violated
-- note: the scan is what makes it fail on a row without a parent
-- given: INSERT INTO t VALUES (1001, 5000);
-- proof: error 23503
ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p_id) REFERENCES p (id);

-- case: ok not-valid
-- given: INSERT INTO t VALUES (1001, 5000);
-- proof: lock t ShareRowExclusiveLock; lock p ShareRowExclusiveLock; scan t no; rewrite t no
ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p_id) REFERENCES p (id) NOT VALID;

-- case: ok validate
-- given: ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p_id) REFERENCES p (id) NOT VALID;
-- proof: lock t ShareUpdateExclusiveLock; lock p RowShareLock; scan t yes
ALTER TABLE t VALIDATE CONSTRAINT t_p_fk;

-- case: bad not-valid-and-validate-in-one-transaction
-- note: the SHARE ROW EXCLUSIVE locks of ADD CONSTRAINT, on both tables, are held through the scan until commit
-- proof: lock t ShareRowExclusiveLock; lock p ShareRowExclusiveLock; scan t yes
ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p_id) REFERENCES p (id) NOT VALID;
ALTER TABLE t VALIDATE CONSTRAINT t_p_fk;

-- case: bad drop-foreign-key
-- note: dropping a foreign key locks the referenced table ACCESS EXCLUSIVE too (its triggers go)
-- given: ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p_id) REFERENCES p (id);
-- proof: lock t AccessExclusiveLock; lock p AccessExclusiveLock; rewrite t no; rewrite p no
ALTER TABLE t DROP CONSTRAINT t_p_fk;

-- case: bad drop-referencing-table
-- note: dropping a table with a foreign key locks the referenced table ACCESS EXCLUSIVE too
-- given: ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p_id) REFERENCES p (id);
-- proof: lock t AccessExclusiveLock; lock p AccessExclusiveLock
DROP TABLE t;
