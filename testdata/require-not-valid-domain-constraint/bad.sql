-- expect: require-not-valid-domain-constraint "ALTER DOMAIN email ADD CONSTRAINT checks every column of domain email"
ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');

-- expect: require-not-valid-domain-constraint "SET NOT NULL checks every column"
ALTER DOMAIN email SET NOT NULL;

-- the validation of a NOT VALID domain constraint still blocks writes
-- expect: require-not-valid-domain-constraint "unlike a table's VALIDATE CONSTRAINT"
ALTER DOMAIN email VALIDATE CONSTRAINT email_has_at;
