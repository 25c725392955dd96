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

-- case: bad timestamp-precision-reduced
-- note: timestamp without a precision keeps microseconds: timestamp(3) rounds every value
-- given: ALTER TABLE t ADD COLUMN ts timestamp DEFAULT '2026-01-01 10:00:00.123456';
-- proof: lock t AccessExclusiveLock; rewrite t yes
ALTER TABLE t ALTER COLUMN ts TYPE timestamp(3);

-- case: ok timestamp-precision-six
-- given: ALTER TABLE t ADD COLUMN ts timestamp DEFAULT '2026-01-01 10:00:00.123456';
-- proof: lock t AccessExclusiveLock; rewrite t no
ALTER TABLE t ALTER COLUMN ts TYPE timestamp(6);

-- case: bad same-type-with-using
-- proof: lock t AccessExclusiveLock; rewrite t yes
ALTER TABLE t ALTER COLUMN i TYPE int USING i + 1;

-- case: ok same-type-using-the-column
-- proof: lock t AccessExclusiveLock; rewrite t no
ALTER TABLE t ALTER COLUMN i TYPE int USING i;

-- case: bad enum-to-text
-- given: CREATE TYPE mood AS ENUM ('happy', 'sad');
-- given: ALTER TABLE t ADD COLUMN m mood DEFAULT 'happy';
-- proof: lock t AccessExclusiveLock; rewrite t yes
ALTER TABLE t ALTER COLUMN m TYPE text;

-- case: bad text-to-uuid-without-using
-- note: no cast text -> uuid applies without USING: the statement fails at once
-- given: ALTER TABLE t ADD COLUMN u text DEFAULT '00000000-0000-0000-0000-000000000000';
-- proof: error 42804
ALTER TABLE t ALTER COLUMN u TYPE uuid;

-- case: bad timestamp-to-timestamptz-utc-indexed
-- note: from 12 with TimeZone UTC the table is kept, but the index on the column is rebuilt
-- only: pg>=12
-- given: ALTER TABLE t ADD COLUMN ts timestamp DEFAULT '2026-01-01 10:00:00';
-- given: CREATE INDEX t_ts_idx ON t (ts);
-- proof: lock t AccessExclusiveLock; rewrite t no; rewrite t_ts_idx yes
SET LOCAL TimeZone = 'UTC';
ALTER TABLE t ALTER COLUMN ts TYPE timestamptz;

-- case: bad varchar-to-citext-indexed
-- note: citext is binary coercible from varchar (the table is kept), but the index on the column is rebuilt: its operator class changes
-- given: CREATE EXTENSION IF NOT EXISTS citext;
-- proof: lock t AccessExclusiveLock; rewrite t no; rewrite t_s_idx yes
ALTER TABLE t ALTER COLUMN s TYPE citext;
