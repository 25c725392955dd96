-- claim-of: ALTER TYPE ... ADD VALUE
-- setup:
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE t (id bigint PRIMARY KEY, m mood);
INSERT INTO t SELECT g, 'happy' FROM generate_series(1, 1000) g;

-- case: bad in-transaction
-- note: before 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block
-- proof: error 25001; pg<12
-- proof: succeeds; lock t none; rewrite t no; pg>=12
ALTER TYPE mood ADD VALUE 'meh';

-- case: bad used-in-same-transaction
-- note: from 12 on the value can be added in a transaction but not used before it commits
-- proof: error 25001; pg<12
-- proof: error 55P04; pg>=12
ALTER TYPE mood ADD VALUE 'meh';
SELECT 'meh'::mood;

-- case: ok outside-transaction
-- session: autocommit
-- proof: succeeds; rewrite t no
ALTER TYPE mood ADD VALUE 'meh';

-- case: bad used-after-create-in-same-transaction
-- note: a type created in the same transaction is no exception from 12 on (before 12, such a type is the one case where ADD VALUE may run in a transaction block)
-- proof: succeeds; pg<12
-- proof: error 55P04; pg>=12
CREATE TYPE m3 AS ENUM ('a');
ALTER TYPE m3 ADD VALUE 'b';
SELECT 'b'::m3;
