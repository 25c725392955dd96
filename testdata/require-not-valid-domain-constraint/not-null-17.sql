-- config: pg-version=17
-- expect: require-not-valid-domain-constraint "ADD NOT NULL checks every column"
ALTER DOMAIN email ADD CONSTRAINT email_nn NOT NULL;
