-- claim-of: ALTER TABLE ... ADD COLUMN ... NOT NULL
-- rules: ban-add-required-column
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, v int);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;

-- case: bad not-null-without-default
-- proof: error 23502
ALTER TABLE t ADD COLUMN c int NOT NULL;

-- case: ok not-null-with-default
-- proof: succeeds; lock t AccessExclusiveLock; rewrite t yes; pg<11
-- proof: succeeds; lock t AccessExclusiveLock; rewrite t no; pg>=11
ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0;

-- case: ok empty-table
-- note: only an empty table takes it; Godwit knows a table is empty only when the same migration created it, so an older one is flagged
-- given: TRUNCATE t;
-- proof: succeeds; lock t AccessExclusiveLock; flagged
ALTER TABLE t ADD COLUMN c int NOT NULL;
