-- Binary coercible, known from the schema: no rewrite, no finding.
ALTER TABLE accounts ALTER COLUMN email TYPE varchar(100);
ALTER TABLE accounts ALTER COLUMN bio TYPE text;
ALTER TABLE accounts ALTER COLUMN code TYPE varchar;
ALTER TABLE accounts ALTER COLUMN balance TYPE numeric(12, 2);
ALTER TABLE accounts ALTER COLUMN tag TYPE varchar;

-- expect: ban-rewriting-column-type "from integer to bigint (integer is not binary coercible to bigint)"
ALTER TABLE accounts ALTER COLUMN id TYPE bigint;

-- The schema now knows email is varchar(100).
-- expect: ban-rewriting-column-type "narrowing the limit from 100 to 60"
ALTER TABLE accounts ALTER COLUMN email TYPE varchar(60);

-- expect: ban-rewriting-column-type "changing the numeric scale from 4 to 2"
ALTER TABLE accounts ALTER COLUMN rate TYPE numeric(10, 2);

-- expect: ban-rewriting-column-type "session TimeZone UTC the table is kept but every index on the column is rebuilt"
ALTER TABLE accounts ALTER COLUMN created_at TYPE timestamptz;

-- expect: ban-rewriting-column-type "adding a length or precision limit"
ALTER TABLE accounts ALTER COLUMN code TYPE varchar(40);

-- text to citext needs no conversion function (the citext extension casts WITHOUT FUNCTION).
ALTER TABLE accounts ALTER COLUMN bio TYPE citext;

-- The same type again, without USING (or with one that only names the column): a no-op.
ALTER TABLE accounts ALTER COLUMN tag TYPE varchar;
ALTER TABLE accounts ALTER COLUMN balance TYPE numeric(12, 2) USING balance;
ALTER TABLE accounts ALTER COLUMN rate TYPE numeric(10, 2) USING rate::numeric(10, 2);

-- The same type with a USING that computes new values rewrites every row.
-- expect: ban-rewriting-column-type "to the same type with a USING expression"
ALTER TABLE accounts ALTER COLUMN balance TYPE numeric(12, 2) USING round(balance, 1);
