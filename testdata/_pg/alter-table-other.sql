-- claim-of: other ALTER TABLE forms, TRUNCATE, UPDATE/DELETE backfills
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, v int NOT NULL, w int);
INSERT INTO t SELECT g, g, g FROM generate_series(1, 1000) g;
CREATE INDEX t_v_idx ON t (v);

-- case: bad drop-column
-- note: the column is only marked dropped; the data stays until the next rewrite
-- proof: lock t AccessExclusiveLock; rewrite t no; scan t no
ALTER TABLE t DROP COLUMN w;

-- case: bad rename-column
-- proof: lock t AccessExclusiveLock; rewrite t no
ALTER TABLE t RENAME COLUMN w TO w2;

-- case: bad rename-table
-- proof: lock t AccessExclusiveLock
ALTER TABLE t RENAME TO t2;

-- case: bad drop-not-null
-- proof: lock t AccessExclusiveLock; rewrite t no; scan t no
ALTER TABLE t ALTER COLUMN v DROP NOT NULL;

-- case: bad drop-constraint
-- given: ALTER TABLE t ADD CONSTRAINT t_w_pos CHECK (w > 0);
-- proof: lock t AccessExclusiveLock; rewrite t no
ALTER TABLE t DROP CONSTRAINT t_w_pos;

-- case: bad truncate
-- note: TRUNCATE gives the table and its indexes new, empty files
-- proof: lock t AccessExclusiveLock; rewrite t yes; rewrite t_v_idx yes
TRUNCATE t;

-- case: bad drop-table
-- proof: lock t AccessExclusiveLock
DROP TABLE t;

-- case: ok set-statistics
-- proof: lock t ShareUpdateExclusiveLock; rewrite t no
ALTER TABLE t ALTER COLUMN v SET STATISTICS 500;

-- case: bad set-user-catalog-table
-- note: unlike the other storage parameters, user_catalog_table takes ACCESS EXCLUSIVE
-- proof: lock t AccessExclusiveLock; rewrite t no
ALTER TABLE t SET (user_catalog_table = true);

-- case: ok set-fillfactor
-- proof: lock t ShareUpdateExclusiveLock; rewrite t no
ALTER TABLE t SET (fillfactor = 90);

-- case: bad update-whole-table
-- note: a backfill in one statement: every row is written, under ROW EXCLUSIVE, and held until commit
-- proof: lock t RowExclusiveLock; scan t yes; rewrite t no
UPDATE t SET w = v;

-- case: bad delete-whole-table
-- proof: lock t RowExclusiveLock; scan t yes; rewrite t no
DELETE FROM t;

-- case: bad check-not-valid-and-validate-in-one-transaction
-- note: the ACCESS EXCLUSIVE lock of ADD CONSTRAINT is held through VALIDATE until commit
-- proof: lock t AccessExclusiveLock; scan t yes
ALTER TABLE t ADD CONSTRAINT t_w_pos CHECK (w > 0) NOT VALID;
ALTER TABLE t VALIDATE CONSTRAINT t_w_pos;

-- case: ok set-access-method-unchanged
-- note: core PostgreSQL has one table access method, heap; setting the one a table has already rewrites nothing (a change to an extension's method does rewrite: not proven here)
-- only: pg>=15
-- proof: lock t AccessExclusiveLock; rewrite t no
ALTER TABLE t SET ACCESS METHOD heap;
