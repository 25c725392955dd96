-- claim-of: ALTER TABLE ... ADD COLUMN ... DEFAULT
-- rules: ban-rewriting-column-default
-- setup:
CREATE TABLE t (id bigint PRIMARY KEY, v int);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;

-- case: ok no-default
-- proof: lock t AccessExclusiveLock; rewrite t no
ALTER TABLE t ADD COLUMN c int;

-- case: bad constant-default
-- note: a constant default rewrites the table before PostgreSQL 11 only
-- proof: lock t AccessExclusiveLock; rewrite t yes; pg<11
-- proof: lock t AccessExclusiveLock; rewrite t no; silent; pg>=11
ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0;

-- case: bad stable-default
-- proof: lock t AccessExclusiveLock; rewrite t yes; pg<11
-- proof: lock t AccessExclusiveLock; rewrite t no; silent; pg>=11
ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now();

-- case: bad volatile-default
-- note: the indexes are rebuilt with the table
-- proof: lock t AccessExclusiveLock; rewrite t yes; rewrite t_pkey yes
ALTER TABLE t ADD COLUMN c double precision DEFAULT random();

-- case: bad clock-timestamp-default
-- proof: lock t AccessExclusiveLock; rewrite t yes
ALTER TABLE t ADD COLUMN c timestamptz DEFAULT clock_timestamp();

-- case: bad gen-random-uuid-default
-- only: pg>=13
-- proof: lock t AccessExclusiveLock; rewrite t yes
ALTER TABLE t ADD COLUMN c uuid NOT NULL DEFAULT gen_random_uuid();

-- case: bad serial
-- proof: lock t AccessExclusiveLock; rewrite t yes
ALTER TABLE t ADD COLUMN c serial;

-- case: bad bigserial
-- proof: lock t AccessExclusiveLock; rewrite t yes
ALTER TABLE t ADD COLUMN c bigserial;

-- case: bad identity
-- proof: lock t AccessExclusiveLock; rewrite t yes
ALTER TABLE t ADD COLUMN c bigint GENERATED ALWAYS AS IDENTITY;

-- case: bad generated-stored
-- only: pg>=12
-- proof: lock t AccessExclusiveLock; rewrite t yes
ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS (v * 2) STORED;

-- case: ok set-default-later
-- note: SET DEFAULT only changes the catalog, whatever the default; existing rows keep NULL
-- given: ALTER TABLE t ADD COLUMN c double precision;
-- proof: lock t AccessExclusiveLock; rewrite t no; scan t no
ALTER TABLE t ALTER COLUMN c SET DEFAULT random();
