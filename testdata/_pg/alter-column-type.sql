-- claim-of: ALTER TABLE ... ALTER COLUMN ... TYPE
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, i int, s varchar(50), n numeric(10,2));
INSERT INTO t SELECT g, g, 'x' || g, g FROM generate_series(1, 1000) g;
CREATE INDEX t_s_idx ON t (s);

-- case: bad int-to-bigint
-- proof: lock t AccessExclusiveLock; rewrite t yes
ALTER TABLE t ALTER COLUMN i TYPE bigint;

-- case: ok varchar-widened
-- proof: lock t AccessExclusiveLock; rewrite t no; scan t no; rewrite t_s_idx no
ALTER TABLE t ALTER COLUMN s TYPE varchar(100);

-- case: ok varchar-to-text
-- proof: lock t AccessExclusiveLock; rewrite t no; scan t no; rewrite t_s_idx no
ALTER TABLE t ALTER COLUMN s TYPE text;

-- case: ok numeric-precision-raised
-- proof: lock t AccessExclusiveLock; rewrite t no; scan t no
ALTER TABLE t ALTER COLUMN n TYPE numeric(12,2);

-- case: bad varchar-narrowed
-- proof: lock t AccessExclusiveLock; rewrite t yes
ALTER TABLE t ALTER COLUMN s TYPE varchar(20);

-- case: bad numeric-scale-changed
-- proof: lock t AccessExclusiveLock; rewrite t yes
ALTER TABLE t ALTER COLUMN n TYPE numeric(12,4);

-- case: bad int-to-text
-- proof: lock t AccessExclusiveLock; rewrite t yes
ALTER TABLE t ALTER COLUMN i TYPE text;
