-- claim-of: ALTER DOMAIN ... ADD CONSTRAINT
-- setup:
CREATE DOMAIN posint AS int;
CREATE TABLE t (id bigint PRIMARY KEY, v posint);
INSERT INTO t SELECT g, g FROM generate_series(1, 1000) g;

-- case: bad add-check
-- note: every table with a column of the domain is locked and scanned
-- proof: lock t ShareLock; scan t yes; rewrite t no
ALTER DOMAIN posint ADD CONSTRAINT posint_pos CHECK (VALUE > 0);

-- case: ok not-valid
-- proof: lock t none; scan t no
ALTER DOMAIN posint ADD CONSTRAINT posint_pos CHECK (VALUE > 0) NOT VALID;

-- case: bad validate
-- given: ALTER DOMAIN posint ADD CONSTRAINT posint_pos CHECK (VALUE > 0) NOT VALID;
-- proof: lock t ShareLock; scan t yes
ALTER DOMAIN posint VALIDATE CONSTRAINT posint_pos;
