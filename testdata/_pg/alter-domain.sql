-- claim-of: ALTER DOMAIN ... ADD CONSTRAINT
-- rules: require-not-valid-domain-constraint
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
-- note: unlike a table's VALIDATE CONSTRAINT, a domain's holds SHARE on each table for the scan: writes wait
-- given: ALTER DOMAIN posint ADD CONSTRAINT posint_pos CHECK (VALUE > 0) NOT VALID;
-- proof: lock t ShareLock; scan t yes
ALTER DOMAIN posint VALIDATE CONSTRAINT posint_pos;

-- case: bad add-not-null-constraint
-- note: ADD CONSTRAINT name NOT NULL on a domain is new in 17
-- proof: error 42601; silent; pg<17
-- proof: lock t ShareLock; scan t yes; pg>=17
ALTER DOMAIN posint ADD CONSTRAINT posint_nn NOT NULL;
